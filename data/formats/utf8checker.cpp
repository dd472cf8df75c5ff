#include "utf8checker.h"

#include <cstdint>
#include <cstring>

namespace entente {

namespace {

constexpr std::uint64_t HighBits = 0x8080808080808080ULL;
constexpr std::uint64_t Ones = 0x0101010101010101ULL;
constexpr std::uint64_t Newlines = 0x0A0A0A0A0A0A0A0AULL;

/** True when eight bytes are all ASCII and none is a line feed: nothing to count but columns. */
bool plainAscii(const unsigned char* p)
{
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    if (w & HighBits)
        return false;
    const std::uint64_t x = w ^ Newlines; // a zero byte where there was a '\n'
    return ((x - Ones) & ~x & HighBits) == 0;
}

} // namespace

std::optional<Utf8Checker::Position> Utf8Checker::feed(const char* data, qsizetype size)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data);
    qsizetype i = 0;
    while (i < size) {
        // Most of a graph file is ASCII markup: skip it a word at a time.
        if (m_pending == 0 && i + 8 <= size && plainAscii(p + i)) {
            i += 8;
            continue;
        }
        const unsigned char c = p[i];
        const qint64 offset = m_consumed + i;
        ++i;
        if (m_pending > 0) {
            if ((c & 0xc0) != 0x80)
                return m_sequenceStart;
            ++m_continuations;
            m_codePoint = (m_codePoint << 6) | (c & 0x3f);
            if (--m_pending > 0)
                continue;
            // Overlong forms, surrogates and values past U+10FFFF are not UTF-8 either.
            const bool overlong = (m_length == 2 && m_codePoint < 0x80) ||
                                  (m_length == 3 && m_codePoint < 0x800) ||
                                  (m_length == 4 && m_codePoint < 0x10000);
            if (overlong || m_codePoint > 0x10ffff || (m_codePoint >= 0xd800 && m_codePoint <= 0xdfff))
                return m_sequenceStart;
            continue;
        }
        if (c < 0x80) {
            if (c == '\n') {
                ++m_line;
                m_lineStart = offset + 1;
                m_continuations = 0;
            }
            continue;
        }
        m_sequenceStart = positionOf(offset);
        if ((c & 0xe0) == 0xc0) {
            m_length = 2;
            m_codePoint = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            m_length = 3;
            m_codePoint = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            m_length = 4;
            m_codePoint = c & 0x07;
        } else {
            return m_sequenceStart;
        }
        m_pending = m_length - 1;
    }
    m_consumed += size;
    return std::nullopt;
}

std::optional<Utf8Checker::Position> Utf8Checker::finish() const
{
    if (m_pending > 0)
        return m_sequenceStart;
    return std::nullopt;
}

} // namespace entente
