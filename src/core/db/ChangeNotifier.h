// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Palier {

class Database;

/// Tells when someone else changed the database, so that what is shown can be read again without restarting.
/// On PostgreSQL, as it happens: every write transaction notifies the channel `palier_changes` with its commit
/// (Database::commit), and the notifier listens to it, ignoring its own session's notifications. On SQLite, which
/// has no notifications, when check() finds that another connection (another Palier, palier-cli) committed since
/// the last look (PRAGMA data_version, one cheap query): the window calls it when it regains the focus, and every
/// two seconds while it stays active (DatabaseWatcher).
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    /// The channel every write transaction notifies on PostgreSQL.
    static constexpr const char* Channel = "palier_changes";

    /// Watches `db`, which must outlive the notifier (or be forgotten with stop() first).
    explicit ChangeNotifier(const Database& db, QObject* parent = nullptr);
    ~ChangeNotifier() override;

    /// SQLite: emits changed() (and returns true) when another connection committed since the last check. On
    /// PostgreSQL the notifications come by themselves: returns false.
    bool check();
    /// Whether PostgreSQL notifications are listened to.
    bool isListening() const { return m_listening; }
    /// Stops watching (before the database closes).
    void stop();

signals:
    /// Someone else changed the database.
    void changed();

private:
    void notified(const QString& name, int source);
    qint64 dataVersion() const;

    const Database* m_db;
    QString m_connectionName;
    qint64 m_dataVersion = -1;
    bool m_listening = false;
};

} // namespace Palier
