// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionDialog.h"

#include "db/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <qt6keychain/keychain.h>

namespace Palier {

namespace {

const QString KeychainService = QStringLiteral("Palier PostgreSQL");
const QString Group = QStringLiteral("postgres/");

/// A libpq value, quoted when it holds a space, a quote or a backslash (or is empty).
QString conninfoValue(const QString& value)
{
    if (!value.isEmpty() && !value.contains(u' ') && !value.contains(u'\'') && !value.contains(u'\\')) {
        return value;
    }
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

/// Runs a keychain job to its end (they are asynchronous); returns its error text, empty on success.
QString runJob(QKeychain::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError ? QString() : job.errorString();
}

} // namespace

ConnectionDialog::ConnectionDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to a Shared Database"));
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostLineEdit"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("databaseLineEdit"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userLineEdit"));
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("tlsComboBox"));
    m_tls->addItem(tr("Encrypted (require)"), QStringLiteral("require"));
    m_tls->addItem(tr("Encrypted, server certificate checked (verify-full)"), QStringLiteral("verify-full"));
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("caFileLineEdit"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("caFilePushButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Certificate Authority"), m_caFile->text(),
                                                          tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!file.isEmpty()) {
            m_caFile->setText(file);
        }
    });
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Keep the password in the system’s keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheckBox"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Encryption:"), m_tls);
    form->addRow(tr("&Certificate authority:"), caRow);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_tls, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateTls);
    loadSettings();
    updateTls();
    readPassword();
}

QString ConnectionDialog::keychainKey(const QString& user, const QString& host, int port, const QString& database)
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QMap<QString, QString> ConnectionDialog::parseConninfo(const QString& conninfo)
{
    QMap<QString, QString> pairs;
    qsizetype i = 0;
    const qsizetype size = conninfo.size();
    while (i < size) {
        while (i < size && conninfo.at(i).isSpace()) {
            ++i;
        }
        const qsizetype equals = conninfo.indexOf(u'=', i);
        if (i >= size || equals < 0) {
            break;
        }
        const QString key = conninfo.mid(i, equals - i).trimmed();
        i = equals + 1;
        while (i < size && conninfo.at(i).isSpace()) {
            ++i;
        }
        QString value;
        const bool quoted = i < size && conninfo.at(i) == u'\'';
        i += quoted ? 1 : 0;
        while (i < size && (quoted ? conninfo.at(i) != u'\'' : !conninfo.at(i).isSpace())) {
            if (conninfo.at(i) == u'\\' && i + 1 < size) {
                ++i;
            }
            value += conninfo.at(i++);
        }
        i += quoted ? 1 : 0;
        pairs.insert(key, value);
    }
    return pairs;
}

Result<std::unique_ptr<Database>> ConnectionDialog::openLocation(const QString& location)
{
    const QMap<QString, QString> pairs = parseConninfo(location.mid(int(qstrlen(Database::PostgresPrefix))));
    QString password;
    if (!pairs.contains(QStringLiteral("password")) && !pairs.value(QStringLiteral("user")).isEmpty()) {
        QKeychain::ReadPasswordJob job(KeychainService);
        job.setInsecureFallback(false);
        job.setKey(keychainKey(pairs.value(QStringLiteral("user")), pairs.value(QStringLiteral("host")),
                               pairs.value(QStringLiteral("port"), QStringLiteral("5432")).toInt(),
                               pairs.value(QStringLiteral("dbname"))));
        if (runJob(job).isEmpty()) {
            password = job.textData();
        }
    }
    return Database::open(location, {.password = password});
}

QString ConnectionDialog::conninfo() const
{
    QStringList pairs{
        QStringLiteral("host=") + conninfoValue(m_host->text().trimmed()),
        QStringLiteral("port=%1").arg(m_port->value()),
        QStringLiteral("dbname=") + conninfoValue(m_database->text().trimmed()),
        QStringLiteral("user=") + conninfoValue(m_user->text().trimmed()),
        QStringLiteral("sslmode=") + m_tls->currentData().toString(),
    };
    if (m_tls->currentData().toString() == QLatin1String("verify-full")) {
        pairs.append(QStringLiteral("sslrootcert=") + conninfoValue(m_caFile->text().trimmed()));
    }
    return pairs.join(u' ');
}

QString ConnectionDialog::location() const
{
    return QLatin1String(Database::PostgresPrefix) + conninfo();
}

QString ConnectionDialog::password() const
{
    return m_password->text();
}

void ConnectionDialog::updateTls()
{
    m_caFile->setEnabled(m_tls->currentData().toString() == QLatin1String("verify-full"));
}

void ConnectionDialog::loadSettings()
{
    const QSettings settings;
    m_host->setText(settings.value(Group + QStringLiteral("host")).toString());
    m_port->setValue(settings.value(Group + QStringLiteral("port"), 5432).toInt());
    m_database->setText(settings.value(Group + QStringLiteral("database")).toString());
    m_user->setText(settings.value(Group + QStringLiteral("user")).toString());
    const int tls = m_tls->findData(settings.value(Group + QStringLiteral("sslmode")).toString());
    m_tls->setCurrentIndex(tls < 0 ? 0 : tls);
    m_caFile->setText(settings.value(Group + QStringLiteral("sslrootcert")).toString());
    m_remember->setChecked(settings.value(Group + QStringLiteral("remember"), false).toBool());
}

void ConnectionDialog::readPassword()
{
    if (!m_remember->isChecked() || m_user->text().isEmpty()) {
        return;
    }
    QKeychain::ReadPasswordJob job(KeychainService);
    job.setInsecureFallback(false); // never a plain-text copy in a settings file
    job.setKey(keychainKey(m_user->text(), m_host->text(), m_port->value(), m_database->text()));
    if (runJob(job).isEmpty()) {
        m_password->setText(job.textData());
    }
}

void ConnectionDialog::accept()
{
    QStringList missing;
    if (m_host->text().trimmed().isEmpty()) {
        missing.append(tr("the server"));
    }
    if (m_database->text().trimmed().isEmpty()) {
        missing.append(tr("the database"));
    }
    if (m_user->text().trimmed().isEmpty()) {
        missing.append(tr("the user"));
    }
    if (m_tls->currentData().toString() == QLatin1String("verify-full") &&
        !QFileInfo(m_caFile->text().trimmed()).isFile()) {
        missing.append(tr("the certificate authority file"));
    }
    if (!missing.isEmpty()) {
        m_message->setText(tr("Fill in %1.").arg(QLocale().createSeparatedList(missing)));
        m_message->show();
        return;
    }
    QSettings settings;
    settings.setValue(Group + QStringLiteral("host"), m_host->text().trimmed());
    settings.setValue(Group + QStringLiteral("port"), m_port->value());
    settings.setValue(Group + QStringLiteral("database"), m_database->text().trimmed());
    settings.setValue(Group + QStringLiteral("user"), m_user->text().trimmed());
    settings.setValue(Group + QStringLiteral("sslmode"), m_tls->currentData().toString());
    settings.setValue(Group + QStringLiteral("sslrootcert"), m_caFile->text().trimmed());
    settings.setValue(Group + QStringLiteral("remember"), m_remember->isChecked());
    const QString key =
        keychainKey(m_user->text().trimmed(), m_host->text().trimmed(), m_port->value(), m_database->text().trimmed());
    QString problem;
    if (m_remember->isChecked() && !m_password->text().isEmpty()) {
        QKeychain::WritePasswordJob job(KeychainService);
        job.setInsecureFallback(false);
        job.setKey(key);
        job.setTextData(m_password->text());
        problem = runJob(job);
    } else if (!m_remember->isChecked()) {
        QKeychain::DeletePasswordJob job(KeychainService);
        job.setInsecureFallback(false);
        job.setKey(key);
        runJob(job); // nothing kept is not an error
    }
    if (!problem.isEmpty()) {
        // The connection can go on: the password is only not remembered.
        m_remember->setChecked(false);
        settings.setValue(Group + QStringLiteral("remember"), false);
        m_message->setText(tr("The password could not be kept in the system’s keychain (%1); you will be asked for "
                              "it next time. Connect again to go on.")
                               .arg(problem));
        m_message->show();
        return;
    }
    QDialog::accept();
}

} // namespace Palier
