#pragma once

#include <gumbo.h>

#include <cstddef>
#include <memory>
#include <vector>

namespace dateline {

// Memory for one gumbo parse, handed out from a few large blocks and released
// all at once. gumbo allocates and frees every token, node, attribute and
// string buffer one by one; for a news page that is tens of thousands of
// malloc/free calls, a quarter of the parse. Frees inside the arena are
// no-ops (gumbo grows buffers by doubling, so waste stays within twice what
// is live); past a cap the arena hands the rest to malloc, so hostile input
// cannot make it hold more than the heap would.
class GumboArena final
{
public:
    // Beyond this many bytes in blocks, gumbo's memory comes from malloc
    // (and goes back to it when freed), as without an arena.
    static constexpr std::size_t kDefaultCap = 256 * 1024 * 1024;

    // sizeHint: the size of the document, to size the first block.
    explicit GumboArena(std::size_t sizeHint, std::size_t cap = kDefaultCap);
    ~GumboArena();
    GumboArena(const GumboArena &) = delete;
    GumboArena &operator=(const GumboArena &) = delete;

    // kGumboDefaultOptions with this arena as allocator and no error
    // records (parse errors are of no use to importers and cost memory).
    // Valid as long as the arena; the GumboOutput must be destroyed with
    // these options, or not at all, before the arena goes.
    const GumboOptions &options() const { return m_options; }

    // Parses UTF-8 with these options.
    GumboOutput *parse(const char *utf8, std::size_t size);
    // Frees what gumbo took from malloc past the cap; arena memory goes
    // with the arena, so an output within the cap needs no tree walk.
    void destroy(GumboOutput *output) const;
    // Whether some of gumbo's memory came from malloc (the cap was reached).
    bool overflowed() const { return m_overflowed; }

private:
    static void *allocate(void *userdata, std::size_t size);
    static void deallocate(void *userdata, void *ptr);
    void *take(std::size_t size);
    bool owns(const void *ptr) const;

    struct Block
    {
        std::unique_ptr<std::byte[]> data;
        std::size_t size;
    };
    GumboOptions m_options;
    std::vector<Block> m_blocks;
    std::byte *m_next = nullptr;
    std::size_t m_left = 0;
    std::size_t m_total = 0; // bytes in all blocks
    std::size_t m_cap;
    bool m_overflowed = false; // some allocations came from malloc
};

} // namespace dateline
