// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportRows.h"

#include "ImportText.h"
#include "import/ImportValues.h"
#include "model/Identifiers.h"

#include <QVariant>

namespace Palier {

FieldColumns::FieldColumns(const ColumnMapping& mapping, std::initializer_list<QLatin1String> keys)
{
    m_columns.reserve(keys.size());
    for (QLatin1String key : keys) {
        m_columns.push_back(mapping.value(QString(key), -1));
    }
}

RowView::RowView(const SourceRow& row, const FieldColumns& columns, IssueLists& issues)
    : m_row(row)
    , m_columns(columns)
    , m_issues(issues)
{}

QString RowView::text(int field) const
{
    const int column = m_columns.column(field);
    if (column < 0 || column >= m_row.cells.size()) {
        return {};
    }
    return ImportValues::cleanText(m_row.cells.at(column));
}

void RowView::reject(int field, const QString& reason)
{
    m_rejected = true;
    m_issues.rejected.append({m_row.line, field < 0 ? -1 : m_columns.column(field), reason});
}

void RowView::warn(int field, const QString& reason)
{
    m_issues.warnings.append({m_row.line, field < 0 ? -1 : m_columns.column(field), reason});
}

std::optional<qsizetype> DuplicateKeys::repeated(const QString& key, QString (*describe)(const QString& key),
                                                 RowView& row, int keyField, IssueLists& issues)
{
    // One hash lookup per row: operator[] inserts the key when it is new, and keep() finds it again through
    // m_latest (a national extract has 100,000 keys).
    const qsizetype known = m_first.size();
    First& first = m_first[key];
    if (m_first.size() != known) {
        first = First{row.line(), -1, false};
        m_latest = &first;
        m_latestKey = key;
        return std::nullopt;
    }
    m_latest = nullptr;
    First* const it = &first;
    const QString reason = duplicateReason(describe(key), it->line, row.line());
    row.reject(keyField, reason);
    if (it->reported) {
        return -1;
    }
    it->reported = true;
    issues.rejected.append({it->line, row.column(keyField), reason});
    return it->record;
}

RowStatement::RowStatement(const QSqlDatabase& db)
    : m_query(db)
{}

bool RowStatement::prepare(const QString& sql)
{
    QString named;
    named.reserve(sql.size() + 64);
    m_names.clear();
    for (QChar c : sql) {
        if (c == u'?') {
            m_names.append(QStringLiteral(":p%1").arg(m_names.size()));
            named += m_names.constLast();
        } else {
            named += c;
        }
    }
    return m_query.prepare(named);
}

Error cancelledError()
{
    return {QStringLiteral("import.cancelled"), Importer::tr("The import was cancelled. Nothing was imported."), {}};
}

QVariant nullable(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QString duplicateReason(const QString& what, int firstLine, int line)
{
    return Importer::tr("%1 appears on lines %2 and %3, but may appear only once in a file. Remove or merge the "
                        "repeated lines: none of them was imported.")
        .arg(what)
        .arg(firstLine)
        .arg(line);
}

Result<QHash<QString, qint64>> establishmentIdsByFiness(const Database& db, const QString& readError)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, finess_et FROM establishment"))) {
        return sqlError(readError, query);
    }
    QHash<QString, qint64> ids;
    while (query.next()) {
        ids.insert(query.value(1).toString(), query.value(0).toLongLong());
    }
    return ids;
}

qint64 knownEstablishment(RowView& row, int field, const QHash<QString, qint64>& establishments)
{
    const QString finess = row.text(field);
    if (const QString error = Identifiers::finessError(finess); !error.isEmpty()) {
        row.reject(field, error);
        return 0;
    }
    const qint64 id = establishments.value(finess, 0);
    if (id == 0) {
        row.reject(field, Importer::tr("No establishment has FINESS number %1 in this database. Import the registry "
                                       "(FINESS or SAE file) first, or check the number.")
                              .arg(finess));
    }
    return id;
}

} // namespace Palier
