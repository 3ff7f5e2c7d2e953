#include "import/html/gumboarena.h"

#include <algorithm>
#include <cstdlib>
#include <functional>

namespace dateline {

namespace {

constexpr std::size_t kAlign = alignof(std::max_align_t);
constexpr std::size_t kMinBlock = 64 * 1024;
constexpr std::size_t kMaxBlock = 16 * 1024 * 1024;

std::size_t roundUp(std::size_t size)
{
    return (size + kAlign - 1) & ~(kAlign - 1);
}

} // namespace

GumboArena::GumboArena(std::size_t sizeHint, std::size_t cap)
    : m_options(kGumboDefaultOptions)
    , m_cap(cap)
{
    m_options.allocator = &GumboArena::allocate;
    m_options.deallocator = &GumboArena::deallocate;
    m_options.userdata = this;
    m_options.max_errors = 0;
    // gumbo's tree takes several times the bytes of the page it parses.
    const std::size_t first = std::clamp(roundUp(sizeHint) * 8, kMinBlock, kMaxBlock);
    m_blocks.push_back({std::make_unique_for_overwrite<std::byte[]>(first), first});
    m_next = m_blocks.back().data.get();
    m_left = first;
    m_total = first;
}

GumboArena::~GumboArena() = default;

GumboOutput *GumboArena::parse(const char *utf8, std::size_t size)
{
    return gumbo_parse_with_options(&m_options, utf8, size);
}

void GumboArena::destroy(GumboOutput *output) const
{
    if (output && m_overflowed)
        gumbo_destroy_output(&m_options, output);
}

void *GumboArena::allocate(void *userdata, std::size_t size)
{
    return static_cast<GumboArena *>(userdata)->take(size);
}

void GumboArena::deallocate(void *userdata, void *ptr)
{
    const auto *arena = static_cast<GumboArena *>(userdata);
    // Until the cap is reached every pointer is the arena's.
    if (ptr && arena->m_overflowed && !arena->owns(ptr))
        std::free(ptr);
}

void *GumboArena::take(std::size_t size)
{
    const std::size_t rounded = roundUp(std::max<std::size_t>(size, 1));
    if (rounded > m_left) {
        const std::size_t blockSize = std::max(rounded, std::min(m_total, kMaxBlock));
        if (m_total + blockSize > m_cap) {
            m_overflowed = true;
            return std::malloc(size);
        }
        m_blocks.push_back({std::make_unique_for_overwrite<std::byte[]>(blockSize), blockSize});
        m_next = m_blocks.back().data.get();
        m_left = blockSize;
        m_total += blockSize;
    }
    void *out = m_next;
    m_next += rounded;
    m_left -= rounded;
    return out;
}

bool GumboArena::owns(const void *ptr) const
{
    const auto *p = static_cast<const std::byte *>(ptr);
    const std::less_equal<const std::byte *> lessEqual;
    const std::less<const std::byte *> less;
    return std::any_of(m_blocks.begin(), m_blocks.end(),
                       [&](const Block &b) { return lessEqual(b.data.get(), p) && less(p, b.data.get() + b.size); });
}

} // namespace dateline
