// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Palier {

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
