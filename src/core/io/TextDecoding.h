// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/SourceTable.h"

#include <QByteArray>
#include <QString>

// Internal to the io layer: bytes of the files users receive → QString.

namespace Palier::TextDecoding {

/// True when every byte is below 0x80.
bool isAscii(const char* data, qsizetype size);

/// The length of the longest prefix of `data` made of whole, well-formed UTF-8 sequences (RFC 3629: no
/// overlong forms, no surrogates, nothing above U+10FFFF). `*malformed` is set when the rest starts with a
/// sequence that can never become valid; otherwise the rest is an incomplete sequence (at most 3 bytes) that
/// more bytes may complete.
qsizetype validUtf8Prefix(const char* data, qsizetype size, bool* malformed);

/// Windows-1252 bytes as text; the five bytes Windows-1252 leaves undefined become the C1 controls, as in
/// ISO-8859-1.
QString decodeWindows1252(const char* data, qsizetype size);

/// UTF-8 bytes as text; a byte that is not part of a well-formed sequence is read as Windows-1252, so that a
/// file mixing both (an ASCII/UTF-8 file with a few Latin-1 accents further down) reads as the user wrote it.
QString decodeUtf8Lenient(const char* data, qsizetype size);

/// One cell's bytes in `encoding` (Utf8 and Utf8Bom decode leniently, see decodeUtf8Lenient()).
inline QString decode(const char* data, qsizetype size, TextEncoding encoding)
{
    if (size == 0) {
        return {};
    }
    if (isAscii(data, size)) {
        return QString::fromLatin1(data, size);
    }
    return encoding == TextEncoding::Windows1252 ? decodeWindows1252(data, size) : decodeUtf8Lenient(data, size);
}

/// Byte order marks found at the start of a file.
enum class ByteOrderMark { None, Utf8, Utf16, Utf32 };
ByteOrderMark byteOrderMark(QByteArrayView start);

/// True when `sample` (without BOM) looks like UTF-16 text: NUL bytes at every other position.
bool looksLikeUtf16(QByteArrayView sample);

/// Streams a whole file through a UTF-8 check, carrying sequences split between blocks.
class Utf8Checker
{
public:
    void feed(QByteArrayView block);
    /// False as soon as a malformed sequence was seen, or when the input ended inside a sequence.
    bool finish() const { return m_valid && m_carry.isEmpty(); }
    bool valid() const { return m_valid; }
    bool sawNonAscii() const { return m_sawNonAscii; }

private:
    QByteArray m_carry;
    bool m_valid = true;
    bool m_sawNonAscii = false;
};

} // namespace Palier::TextDecoding
