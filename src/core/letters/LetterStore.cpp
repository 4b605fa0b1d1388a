// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/LetterStore.h"

#include "db/Database.h"
#include "workflow/StateChange.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Palier {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Palier::LetterStore)
};

} // namespace

Result<QList<RecordedLetter>> lettersOf(const Database& db, qint64 establishmentId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id, version, reference, template_key, template_version, generated_at, path, "
                                 "file_sha256, sent_at FROM letter WHERE establishment_id = ? ORDER BY version DESC"));
    query.addBindValue(establishmentId);
    if (!query.exec()) {
        return sqlError(Text::tr("The letters of the establishment could not be read."), query);
    }
    QList<RecordedLetter> letters;
    while (query.next()) {
        letters.append({query.value(0).toLongLong(), establishmentId, query.value(1).toInt(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toInt(),
                        QDateTime::fromString(query.value(5).toString(), Qt::ISODate), query.value(6).toString(),
                        query.value(7).toString(), QDateTime::fromString(query.value(8).toString(), Qt::ISODate)});
    }
    return letters;
}

Result<SendingReport> applySending(const Database& db, const QList<qint64>& establishmentIds, const QString& author,
                                   const QDateTime& when)
{
    const QDateTime at = (when.isValid() ? when : QDateTime::currentDateTimeUtc()).toUTC();
    const QString who = author.isEmpty() ? currentAuthor() : author;
    SendingReport report;
    QList<qint64> missing;
    QList<qint64> toNotify;
    QSqlQuery last(db.connection());
    last.prepare(QStringLiteral("SELECT id FROM letter WHERE establishment_id = ? ORDER BY version DESC LIMIT 1"));
    QSqlQuery files(db.connection());
    files.prepare(QStringLiteral("SELECT f.candidature_id FROM letter_file f JOIN candidature c ON "
                                 "c.id = f.candidature_id WHERE f.letter_id = ? AND c.state = 'valide_dgos'"));
    QSqlQuery sent(db.connection());
    sent.prepare(QStringLiteral("UPDATE letter SET sent_at = ?, sent_by = ? WHERE id = ?"));
    for (qint64 establishment : establishmentIds) {
        last.addBindValue(establishment);
        if (!last.exec()) {
            return sqlError(Text::tr("The letters could not be read."), last);
        }
        if (!last.next()) {
            missing.append(establishment);
            continue;
        }
        const qint64 letter = last.value(0).toLongLong();
        sent.addBindValue(at.toString(Qt::ISODate));
        sent.addBindValue(who);
        sent.addBindValue(letter);
        files.addBindValue(letter);
        if (!sent.exec()) {
            return sqlError(Text::tr("The sending could not be recorded."), sent);
        }
        if (!files.exec()) {
            return sqlError(Text::tr("The sending could not be recorded."), files);
        }
        ++report.lettersSent;
        while (files.next()) {
            toNotify.append(files.value(0).toLongLong());
        }
    }
    if (!missing.isEmpty()) {
        QStringList ids;
        for (qint64 id : missing) {
            ids.append(QString::number(id));
        }
        return Error{QStringLiteral("letters.not-generated"),
                     Text::tr("No letter was generated yet for %Ln establishment(s): generate them before confirming "
                              "the sending.",
                              nullptr, int(missing.size())),
                     ids.join(u',')};
    }
    if (!toNotify.isEmpty()) {
        Result<Workflow> workflow = Workflow::load(db);
        if (!workflow) {
            return workflow.error();
        }
        Result<TransitionReport> moved =
            applyStateChange(db, workflow.value(), toNotify, QStringLiteral("notifie"), {}, who, at);
        if (!moved) {
            return moved.error();
        }
        report.filesNotified = toNotify;
    }
    return report;
}

Result<SendingReport> confirmSending(const Database& db, const QList<qint64>& establishmentIds, const QString& author,
                                     const QDateTime& when)
{
    TransactionGuard transaction(db);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    Result<SendingReport> report = applySending(db, establishmentIds, author, when);
    if (!report) {
        return report.error();
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return report;
}

} // namespace Palier
