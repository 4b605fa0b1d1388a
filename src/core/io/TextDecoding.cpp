// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/TextDecoding.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace Palier::TextDecoding {

namespace {

// Windows-1252 differs from ISO-8859-1 only in 0x80–0x9F. Debian's Qt 6.4 can decode "windows-1252" through
// ICU (QStringDecoder("windows-1252").isValid() is true there), but a Qt built without ICU, as on some
// Windows and macOS builds, cannot, and the UTF-8 reader needs a per-byte fallback that no QStringDecoder
// offers. A 32-entry table over Latin-1 is exact, portable and faster than a converter per cell.
constexpr char16_t Windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88–8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98–9F
};

inline char16_t windows1252(unsigned char byte)
{
    return byte >= 0x80 && byte < 0xA0 ? Windows1252High[byte - 0x80] : char16_t(byte);
}

/// The length of the well-formed sequence starting at `s` (1–4), 0 when it is malformed, -1 when `n` bytes
/// are not enough to tell.
int sequenceLength(const unsigned char* s, qsizetype n)
{
    const unsigned char lead = s[0];
    if (lead < 0x80) {
        return 1;
    }
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;  // no overlong form
        high = lead == 0xED ? 0x9F : 0xBF; // no surrogate
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;  // no overlong form
        high = lead == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
    } else {
        return 0;
    }
    for (int i = 1; i < length; ++i) {
        if (i >= n) {
            return -1;
        }
        const unsigned char lo = i == 1 ? low : 0x80;
        const unsigned char hi = i == 1 ? high : 0xBF;
        if (s[i] < lo || s[i] > hi) {
            return 0;
        }
    }
    return length;
}

} // namespace

bool isAscii(const char* data, qsizetype size)
{
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, data + i, 8);
        if (word & 0x8080808080808080ULL) {
            return false;
        }
    }
    for (; i < size; ++i) {
        if (static_cast<unsigned char>(data[i]) >= 0x80) {
            return false;
        }
    }
    return true;
}

qsizetype validUtf8Prefix(const char* data, qsizetype size, bool* malformed)
{
    const auto* s = reinterpret_cast<const unsigned char*>(data);
    *malformed = false;
    qsizetype i = 0;
    while (i < size) {
        if (s[i] < 0x80) {
            // Skip ASCII eight bytes at a time: most of every file is ASCII.
            while (i + 8 <= size) {
                std::uint64_t word;
                std::memcpy(&word, s + i, 8);
                if (word & 0x8080808080808080ULL) {
                    break;
                }
                i += 8;
            }
            while (i < size && s[i] < 0x80) {
                ++i;
            }
            continue;
        }
        const int length = sequenceLength(s + i, size - i);
        if (length <= 0) {
            *malformed = length == 0;
            return i;
        }
        i += length;
    }
    return i;
}

QString decodeWindows1252(const char* data, qsizetype size)
{
    QString text(size, Qt::Uninitialized);
    auto* out = reinterpret_cast<char16_t*>(text.data());
    for (qsizetype i = 0; i < size; ++i) {
        out[i] = windows1252(static_cast<unsigned char>(data[i]));
    }
    return text;
}

QString decodeUtf8Lenient(const char* data, qsizetype size)
{
    bool malformed = false;
    if (validUtf8Prefix(data, size, &malformed) == size) {
        return QString::fromUtf8(data, size);
    }
    // Rare: decode sequence by sequence, reading each stray byte as Windows-1252.
    const auto* s = reinterpret_cast<const unsigned char*>(data);
    QString text;
    text.reserve(size);
    qsizetype i = 0;
    while (i < size) {
        const int length = sequenceLength(s + i, size - i);
        if (length <= 0) {
            text.append(QChar(windows1252(s[i])));
            ++i;
        } else if (length == 1) {
            text.append(QChar(char16_t(s[i])));
            ++i;
        } else {
            text.append(QString::fromUtf8(data + i, length));
            i += length;
        }
    }
    return text;
}

ByteOrderMark byteOrderMark(QByteArrayView start)
{
    if (start.startsWith("\xEF\xBB\xBF")) {
        return ByteOrderMark::Utf8;
    }
    if (start.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)) || start.startsWith(QByteArrayView("\0\0\xFE\xFF", 4))) {
        return ByteOrderMark::Utf32;
    }
    if (start.startsWith("\xFF\xFE") || start.startsWith("\xFE\xFF")) {
        return ByteOrderMark::Utf16;
    }
    return ByteOrderMark::None;
}

bool looksLikeUtf16(QByteArrayView sample)
{
    const qsizetype n = std::min<qsizetype>(sample.size(), 4096) & ~qsizetype(1);
    if (n < 4) {
        return false;
    }
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNuls += sample[i] == '\0';
        oddNuls += sample[i + 1] == '\0';
    }
    // Latin text in UTF-16 has a NUL in nearly every code unit, always on the same side.
    const qsizetype units = n / 2;
    return (evenNuls * 10 >= units * 7 && oddNuls * 10 <= units) ||
           (oddNuls * 10 >= units * 7 && evenNuls * 10 <= units);
}

void Utf8Checker::feed(QByteArrayView block)
{
    if (!m_valid || block.isEmpty()) {
        return;
    }
    QByteArray joined;
    if (!m_carry.isEmpty()) {
        joined = m_carry + block.toByteArray();
        block = joined;
        m_carry.clear();
    }
    if (!m_sawNonAscii && !isAscii(block.data(), block.size())) {
        m_sawNonAscii = true;
    }
    bool malformed = false;
    const qsizetype valid = validUtf8Prefix(block.data(), block.size(), &malformed);
    if (malformed) {
        m_valid = false;
        return;
    }
    m_carry = block.sliced(valid).toByteArray();
}

} // namespace Palier::TextDecoding
