// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvWriter.h"

namespace Palier::Csv {

QString neutraliseFormula(const QString& text)
{
    static const QString dangerous = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && dangerous.contains(text.at(0)) ? QLatin1Char('\'') + text : text;
}

QString field(const QVariant& cell)
{
    const int type = cell.typeId();
    if (type == QMetaType::Double) {
        return QString::number(cell.toDouble(), 'f', 2).replace(QLatin1Char('.'), QLatin1Char(','));
    }
    if (type == QMetaType::Int || type == QMetaType::LongLong) {
        return QString::number(cell.toLongLong());
    }
    QString value = neutraliseFormula(cell.toString());
    if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n')) ||
        value.contains(QLatin1Char('\r'))) {
        value = QLatin1Char('"') + value.replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
    }
    return value;
}

QByteArray document(const QStringList& header, const QList<QVariantList>& rows)
{
    QString text = QString(QChar(0xFEFF));
    QStringList fields;
    for (const QString& name : header) {
        fields.append(field(name));
    }
    text += fields.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    for (const QVariantList& row : rows) {
        fields.clear();
        for (const QVariant& cell : row) {
            fields.append(field(cell));
        }
        text += fields.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

} // namespace Palier::Csv
