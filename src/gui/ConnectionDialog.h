// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDialog>
#include <QMap>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Palier {

class Database;

/// Where a shared PostgreSQL database is: host, port, database, user, TLS mode (`require`, or `verify-full` with
/// the CA file that signed the server's certificate) and the password. Everything but the password is remembered
/// in the settings; the password is kept, if the user asks, in the operating system's keychain (QtKeychain), never
/// in a settings file.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget* parent = nullptr);

    /// The libpq connection string of the fields, without the password.
    QString conninfo() const;
    /// The location to give Database::open(): "pg:" and the connection string.
    QString location() const;
    QString password() const;

    /// Checks the fields, remembers them (not the password), stores the password in the keychain if asked.
    void accept() override;

    /// The keychain entry of a connection: "user@host:port/database".
    static QString keychainKey(const QString& user, const QString& host, int port, const QString& database);
    /// The keyword=value pairs of a libpq connection string (quoted values unquoted).
    static QMap<QString, QString> parseConninfo(const QString& conninfo);
    /// Opens the shared database at `location` ("pg:…", as the recent files keep it) with the password kept in the
    /// keychain for it, or, when none is, the one libpq finds (PGPASSWORD, ~/.pgpass).
    static Result<std::unique_ptr<Database>> openLocation(const QString& location);

private:
    void loadSettings();
    void readPassword();
    void updateTls();

    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_tls = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace Palier
