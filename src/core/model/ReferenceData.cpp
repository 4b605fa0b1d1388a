// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ReferenceData.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Palier {

ReferenceData::ReferenceData()
{
    // A resource compiled into the binary: a failure here is a build error, caught by every test.
    QFile file(QStringLiteral(":/reference/regions.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("Palier: the reference data resource is missing");
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue& value : root.value(QLatin1String("regions")).toArray()) {
        const QJsonObject o = value.toObject();
        m_regions.append({o.value(QLatin1String("code")).toString(), o.value(QLatin1String("name")).toString()});
    }
    for (const QJsonValue& value : root.value(QLatin1String("departments")).toArray()) {
        const QJsonObject o = value.toObject();
        m_departments.append({o.value(QLatin1String("code")).toString(), o.value(QLatin1String("name")).toString(),
                              o.value(QLatin1String("region")).toString(),
                              o.value(QLatin1String("finessPrefix")).toString(),
                              o.value(QLatin1String("saeCode")).toString()});
    }
}

const ReferenceData& ReferenceData::instance()
{
    static const ReferenceData data;
    return data;
}

const Region* ReferenceData::region(const QString& code) const
{
    for (const Region& r : m_regions) {
        if (r.code == code) {
            return &r;
        }
    }
    return nullptr;
}

QList<Department> ReferenceData::departmentsOf(const QString& regionCode) const
{
    QList<Department> result;
    for (const Department& d : m_departments) {
        if (d.regionCode == regionCode) {
            result.append(d);
        }
    }
    return result;
}

Result<void> ReferenceData::store(const Database& db) const
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO region (code, name) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (const Region& r : m_regions) {
        query.addBindValue(r.code);
        query.addBindValue(r.name);
        if (!query.exec()) {
            return sqlError(QCoreApplication::translate("Palier::ReferenceData", "Cannot record the regions."), query);
        }
    }
    query.prepare(QStringLiteral(
        "INSERT INTO department (code, name, region_code, finess_prefix) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    for (const Department& d : m_departments) {
        query.addBindValue(d.code);
        query.addBindValue(d.name);
        query.addBindValue(d.regionCode);
        query.addBindValue(d.finessPrefix);
        if (!query.exec()) {
            return sqlError(QCoreApplication::translate("Palier::ReferenceData", "Cannot record the departments."),
                            query);
        }
    }
    return {};
}

} // namespace Palier
