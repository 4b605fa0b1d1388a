// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvReader.h"

#include "io/IoErrors.h"
#include "io/TextDecoding.h"

#include <QHash>

#include <csv.h>

#include <array>
#include <cstring>
#include <optional>

// Why libcsv and not an own parser: DESIGN.md asks for libcsv unless a measurement says otherwise, and the
// measurement does not. Its callbacks carry no position, so the physical line of each record is found by
// feeding it one physical line at a time (memchr for the terminators): a record ends at the end of a piece,
// and starts on the first piece after the previous end that holds more than a line terminator.
// Measured on a 100,000-record FINESS extract with its geolocalisation lines (48 MB, Release build, one core
// of the development machine): readTable() 255–275 ms in all; libcsv alone with no-op callbacks 150–175 ms,
// whether fed whole or line by line (the line tracking costs under 10 ms); a bare loop splitting on ';' and LF
// 20 ms. An own parser could save about 130 ms per 100,000 records, against a target of "well under a second"
// already met and an import whose validation and SQLite writes cost more: not a reason to leave libcsv.
// Later, against the goal of importing as fast as the sqlite3 shell's .import: a line holding no quote that starts
// a record is one record that libcsv would cut at every separator, so it is cut here without libcsv (memchr), and
// libcsv keeps every line with a quote and every record that spans lines. Measured on the same file: see
// bench/README.md.

namespace Palier {

namespace {

constexpr qint64 BlockSize = 64 * 1024;

int noSpace(unsigned char)
{
    return 0; // keep spaces around values as written: trimming is the importer's decision
}

bool isBlank(const char* data, size_t size)
{
    for (size_t i = 0; i < size; ++i) {
        if (data[i] != ' ' && data[i] != '\t') {
            return false;
        }
    }
    return true;
}

class CsvParser
{
public:
    CsvParser(const QString& path, const DelimitedOptions& options, const RecordHandler& onRecord)
        : m_path(path)
        , m_options(options)
        , m_onRecord(onRecord)
    {
        csv_init(&m_parser, 0);
        csv_set_delim(&m_parser, static_cast<unsigned char>(options.separator));
        csv_set_space_func(&m_parser, noSpace);
        csv_set_blk_size(&m_parser, m_growthStep);
    }
    ~CsvParser() { csv_free(&m_parser); }
    CsvParser(const CsvParser&) = delete;
    CsvParser& operator=(const CsvParser&) = delete;

    Result<void> run(QIODevice& device, const ReadProgress& progress);

private:
    static void onField(void* data, size_t size, void* opaque);
    static void onRecordEnd(int terminator, void* opaque);
    void addField(const char* bytes, size_t size, int index);
    void endRecord();
    void feed(const char* data, qsizetype size);
    void splitLine(const char* data, qsizetype size);
    int lineOf(const char* begin, const char* at) const;

    const QString& m_path;
    const DelimitedOptions& m_options;
    const RecordHandler& m_onRecord;
    csv_parser m_parser{};
    size_t m_growthStep = 64 * 1024;

    int m_line = 1;       ///< physical line of the bytes being fed
    int m_recordLine = 0; ///< where the current record starts; 0 between records
    int m_fieldLine = 0;  ///< where the current field starts, for an unclosed quote
    int m_fieldIndex = 0;
    qint64 m_recordBytes = 0;
    bool m_skipRecord = false;
    bool m_hasContent = false;
    bool m_endsWithSeparator = false;
    bool m_pendingCR = false; ///< the last block ended with CR: a LF that follows belongs to it
    bool m_stop = false;
    qsizetype m_expectedCells = 0;
    QStringList m_cells;
    std::optional<Error> m_error;
};

void CsvParser::onField(void* data, size_t size, void* opaque)
{
    auto* self = static_cast<CsvParser*>(opaque);
    const int index = self->m_fieldIndex++;
    self->m_fieldLine = self->m_line; // the next field starts after this separator, on this line
    if (self->m_skipRecord) {
        return;
    }
    self->addField(size ? static_cast<const char*>(data) : "", size, index);
}

void CsvParser::addField(const char* bytes, size_t size, int index)
{
    if (m_options.finessExtract) {
        if (index == 0) {
            m_skipRecord = size != 11 || std::memcmp(bytes, "structureet", 11) != 0;
            return; // the tag is not data; metadata, `geolocalisation` and other records are skipped undecoded
        }
        const auto cell = std::size_t(index - 1);
        if (!m_options.decodedCells.empty() && cell < m_options.decodedCells.size() && !m_options.decodedCells[cell]) {
            if (!m_hasContent && !isBlank(bytes, size)) {
                m_hasContent = true;
            }
            m_cells.append(QString());
            return;
        }
    }
    if (!m_hasContent && !isBlank(bytes, size)) {
        m_hasContent = true;
    }
    m_cells.append(TextDecoding::decode(bytes, qsizetype(size), m_options.encoding));
}

void CsvParser::splitLine(const char* data, qsizetype size)
{
    const char* p = data;
    const char* const end = data + size;
    const char separator = m_options.separator;
    while (!m_skipRecord) {
        const auto* next = static_cast<const char*>(std::memchr(p, separator, size_t(end - p)));
        const char* const fieldEnd = next ? next : end;
        addField(p, size_t(fieldEnd - p), m_fieldIndex++);
        if (!next) {
            break;
        }
        p = next + 1;
    }
    endRecord();
}

void CsvParser::onRecordEnd(int /*terminator*/, void* opaque)
{
    static_cast<CsvParser*>(opaque)->endRecord();
}

void CsvParser::endRecord()
{
    const int line = m_recordLine;
    const bool keep = m_hasContent && !m_skipRecord && !m_stop;
    m_recordLine = 0;
    m_fieldIndex = 0;
    m_recordBytes = 0;
    m_skipRecord = false;
    m_hasContent = false;
    if (!keep) {
        m_cells.clear();
        return;
    }
    if (m_options.finessExtract && m_endsWithSeparator && !m_cells.isEmpty() && m_cells.constLast().isEmpty()) {
        m_cells.removeLast();
    }
    SourceRow row{line, std::move(m_cells)};
    m_expectedCells = std::max(m_expectedCells, row.cells.size());
    m_cells = QStringList();
    m_cells.reserve(m_expectedCells);
    if (!m_onRecord(std::move(row))) {
        m_stop = true;
    }
}

void CsvParser::feed(const char* data, qsizetype size)
{
    qsizetype content = size;
    while (content > 0 && (data[content - 1] == '\n' || data[content - 1] == '\r')) {
        --content;
    }
    const bool startsRecord = m_recordLine == 0;
    if (content > 0) {
        if (m_recordLine == 0) {
            m_recordLine = m_line;
            m_fieldLine = m_line;
        }
        m_endsWithSeparator = data[content - 1] == m_options.separator;
    }
    if (m_recordLine != 0) {
        m_recordBytes += size;
        if (m_recordBytes > MaxRecordBytes) {
            m_error = m_parser.quoted ? IoErrors::unbalancedQuote(m_path, m_fieldLine)
                                      : IoErrors::recordTooLarge(m_path, m_recordLine, MaxRecordBytes);
            return;
        }
    }
    // A whole line without a quote, starting a record: one record, cut at each separator as libcsv would.
    if (startsRecord && content > 0 && content < size && !std::memchr(data, '"', size_t(content))) {
        splitLine(data, content);
        return;
    }
    // libcsv grows its value buffer by a fixed step, so a long value costs a quadratic number of copies where
    // realloc cannot grow in place (Windows, sanitizers): make the step the current size, doubling it.
    if (const size_t capacity = csv_get_buffer_size(&m_parser); capacity > m_growthStep) {
        m_growthStep = capacity;
        csv_set_blk_size(&m_parser, capacity);
    }
    if (csv_parse(&m_parser, data, size_t(size), onField, onRecordEnd, this) != size_t(size)) {
        m_error = IoErrors::recordTooLarge(m_path, m_recordLine, MaxRecordBytes); // libcsv ran out of memory
    }
}

int CsvParser::lineOf(const char* begin, const char* at) const
{
    int line = m_line;
    for (const char* p = begin; p < at; ++p) {
        if (*p == '\n' || (*p == '\r' && (p + 1 == at || p[1] != '\n'))) {
            ++line;
        }
    }
    return line;
}

Result<void> CsvParser::run(QIODevice& device, const ReadProgress& progress)
{
    const qint64 total = device.size();
    qint64 done = 0;
    QByteArray block(BlockSize, Qt::Uninitialized);
    bool first = true;
    while (!m_stop) {
        const qint64 read = device.read(block.data(), BlockSize);
        if (read < 0) {
            return IoErrors::unreadable(m_path, device.errorString());
        }
        if (read == 0) {
            break;
        }
        done += read;
        const char* p = block.constData();
        const char* const end = p + read;
        if (first) {
            first = false;
            if (read >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
                p += 3;
            }
        }
        if (const void* nul = std::memchr(p, 0, size_t(end - p))) {
            return IoErrors::nulByte(m_path, lineOf(p, static_cast<const char*>(nul)));
        }
        if (m_pendingCR && p < end && *p == '\n') {
            feed(p, 1); // the LF of a CRLF cut between two blocks: same line break
            ++p;
        }
        m_pendingCR = false;
        while (p < end && !m_stop && !m_error) {
            const auto* lf = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
            const char* const lineEnd = lf ? lf : end;
            const auto* cr = static_cast<const char*>(std::memchr(p, '\r', size_t(lineEnd - p)));
            const char* const terminator = cr ? cr : lf;
            if (!terminator) {
                feed(p, end - p);
                break;
            }
            const char* next = terminator + 1;
            if (*terminator == '\r') {
                if (next < end && *next == '\n') {
                    ++next;
                } else if (next == end) {
                    m_pendingCR = true;
                }
            }
            feed(p, next - p);
            ++m_line;
            p = next;
        }
        if (m_error) {
            return *m_error;
        }
        if (progress && !m_stop && !progress(done, total)) {
            return IoErrors::cancelled(m_path);
        }
    }
    if (m_stop) {
        return {};
    }
    // Strict only now: a quote inside an unquoted value stays lenient, but a quoted value still open at the
    // end of the file is an error, reported where it opened.
    csv_set_opts(&m_parser, CSV_STRICT | CSV_STRICT_FINI);
    if (csv_fini(&m_parser, onField, onRecordEnd, this) != 0) {
        return IoErrors::unbalancedQuote(m_path, m_fieldLine);
    }
    return {};
}

} // namespace

Result<void> readDelimited(QIODevice& device, const QString& path, const DelimitedOptions& options,
                           const RecordHandler& onRecord, const ReadProgress& progress)
{
    CsvParser parser(path, options, onRecord);
    return parser.run(device, progress);
}

char detectSeparator(QByteArrayView sample)
{
    constexpr std::array<char, 3> candidates = {';', '\t', ','};
    constexpr qsizetype MaxRecords = 200;
    QList<std::array<int, 3>> records;
    std::array<int, 3> current{};
    bool inQuotes = false;
    bool any = false;
    for (const char c : sample) {
        if (c == '"') {
            inQuotes = !inQuotes; // a doubled quote toggles twice
            any = true;
        } else if (inQuotes) {
            continue;
        } else if (c == '\n' || c == '\r') {
            if (any) {
                records.append(current);
                if (records.size() >= MaxRecords) {
                    break;
                }
            }
            current = {};
            any = false;
        } else {
            any = true;
            for (size_t k = 0; k < candidates.size(); ++k) {
                current[k] += c == candidates[k];
            }
        }
    }
    if (records.isEmpty() && any) {
        records.append(current); // one line, perhaps cut by the end of the sample
    }
    char best = ';';
    double bestConsistency = 0;
    int bestCount = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        QHash<int, int> frequency;
        for (const auto& record : std::as_const(records)) {
            ++frequency[record[k]];
        }
        int mode = 0;
        int modeFrequency = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > modeFrequency || (it.value() == modeFrequency && it.key() > mode)) {
                mode = it.key();
                modeFrequency = it.value();
            }
        }
        if (mode == 0) {
            continue;
        }
        const double consistency = double(modeFrequency) / double(records.size());
        if (consistency > bestConsistency + 1e-9 || (consistency > bestConsistency - 1e-9 && mode > bestCount)) {
            best = candidates[k];
            bestConsistency = consistency;
            bestCount = mode;
        }
    }
    return best;
}

} // namespace Palier
