#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <cstring>

namespace dateline {

// Builds a QByteArray through a raw pointer. The HTML passes copy a page
// piece by piece (a tag name, an attribute, a run of text); QByteArray's
// append is an out-of-line call with sharing and capacity checks each time,
// which cost more than the copying itself.
class ByteWriter final
{
public:
    explicit ByteWriter(qsizetype capacity)
    {
        m_buffer.resize(std::max<qsizetype>(capacity, 64));
        m_next = m_buffer.data();
    }

    void append(const char *data, qsizetype size)
    {
        if (size <= 0)
            return;
        reserve(size);
        std::memcpy(m_next, data, size_t(size));
        m_next += size;
    }
    void append(QByteArrayView bytes) { append(bytes.data(), bytes.size()); }
    void append(char c)
    {
        reserve(1);
        *m_next++ = c;
    }
    qsizetype size() const { return m_next - m_buffer.constData(); }
    // Drops what was written after the first `size` bytes.
    void truncate(qsizetype size) { m_next = m_buffer.data() + std::clamp<qsizetype>(size, 0, this->size()); }
    QByteArrayView written() const { return QByteArrayView(m_buffer.constData(), size()); }

    QByteArray take()
    {
        m_buffer.truncate(size());
        m_next = nullptr;
        return std::move(m_buffer);
    }

private:
    void reserve(qsizetype size)
    {
        if (m_buffer.size() - this->size() >= size)
            return;
        const qsizetype used = this->size();
        m_buffer.resize(std::max(m_buffer.size() * 2, used + size));
        m_next = m_buffer.data() + used;
    }

    QByteArray m_buffer;
    char *m_next = nullptr;
};

} // namespace dateline
