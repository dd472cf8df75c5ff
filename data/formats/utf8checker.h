#pragma once

#include <QByteArray>

#include <optional>
#include <utility>

namespace entente {

/**
 * Checks UTF-8 fed in pieces (a file streamed in chunks) and knows the line and column
 * (1-based, counted in characters) of every byte it has seen, so the first invalid sequence
 * can be named exactly even in a file too large to hold in memory. Owns the decoding state
 * that spans chunk boundaries.
 */
class Utf8Checker
{
public:
    using Position = std::pair<int, int>;

    /** Checks the next bytes; returns the position of the first invalid sequence, if any. */
    std::optional<Position> feed(const char* data, qsizetype size);
    std::optional<Position> feed(const QByteArray& bytes) { return feed(bytes.constData(), bytes.size()); }
    /** Call at the end of the input: a sequence cut short by the end is invalid too. */
    std::optional<Position> finish() const;

private:
    Position positionOf(qint64 offset) const
    {
        return {m_line, static_cast<int>(offset - m_lineStart - m_continuations) + 1};
    }

    qint64 m_consumed = 0; ///< bytes fed before the current chunk
    int m_line = 1;
    qint64 m_lineStart = 0; ///< offset of the first byte of the current line
    qint64 m_continuations = 0; ///< continuation bytes on the current line (not columns)
    int m_pending = 0; ///< continuation bytes still expected
    int m_length = 0; ///< length of the sequence being decoded
    unsigned m_codePoint = 0;
    Position m_sequenceStart{1, 1};
};

} // namespace entente
