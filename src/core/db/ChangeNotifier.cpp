// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/ChangeNotifier.h"

#include "db/Database.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

namespace Palier {

ChangeNotifier::ChangeNotifier(const Database& db, QObject* parent)
    : QObject(parent)
    , m_db(&db)
    , m_connectionName(db.connection().connectionName())
{
    if (db.isPostgres()) {
        QSqlDriver* driver = db.connection().driver();
        m_listening = driver && driver->subscribeToNotification(QLatin1String(Channel));
        if (m_listening) {
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant&) {
                        notified(name, int(source));
                    });
        }
    } else {
        m_dataVersion = dataVersion();
    }
}

ChangeNotifier::~ChangeNotifier()
{
    stop();
}

void ChangeNotifier::stop()
{
    if (m_listening && QSqlDatabase::contains(m_connectionName)) {
        if (QSqlDriver* driver = QSqlDatabase::database(m_connectionName, false).driver()) {
            disconnect(driver, nullptr, this, nullptr);
            driver->unsubscribeFromNotification(QLatin1String(Channel));
        }
    }
    m_listening = false;
    m_db = nullptr;
}

qint64 ChangeNotifier::dataVersion() const
{
    // Changes with every commit of another connection to the file, never with this connection's own.
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

bool ChangeNotifier::check()
{
    if (!m_db || m_db->isPostgres()) {
        return false;
    }
    const qint64 version = dataVersion();
    if (version < 0 || version == m_dataVersion) {
        return false;
    }
    m_dataVersion = version;
    emit changed();
    return true;
}

void ChangeNotifier::notified(const QString& name, int source)
{
    if (m_db && name == QLatin1String(Channel) && source == int(QSqlDriver::OtherSource)) {
        emit changed();
    }
}

} // namespace Palier
