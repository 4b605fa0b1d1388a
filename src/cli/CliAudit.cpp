// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliAudit.h"

#include "CliOptions.h"
#include "CliOutput.h"
#include "audit/AuditTrail.h"
#include "db/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace Palier::Cli {

namespace {

struct AuditText
{
    Q_DECLARE_TR_FUNCTIONS(Palier::Cli::Audit)
};

} // namespace

int runAudit(QCommandLineParser& parser, Output& output)
{
    if (parser.positionalArguments().value(0) != QLatin1String("verify")) {
        return output.fail(argumentError(AuditText::tr("Usage: palier-cli audit verify --db FILE [--json].")));
    }
    const QString path = parser.value(dbOption());
    Result<std::unique_ptr<Database>> db = Database::open(path, {.readOnly = true});
    if (!db) {
        return output.fail(db.error());
    }
    if (db.value()->schemaVersion() < AuditSchemaVersion) {
        return output.fail(Error{QStringLiteral("db.old-schema"),
                                 AuditText::tr("“%1” was written by an older Palier and has no audit trail yet. Open "
                                               "it once with Palier to upgrade it.")
                                     .arg(QDir::toNativeSeparators(path)),
                                 path});
    }
    Result<AuditVerification> verified = verifyAuditChain(*db.value());
    if (!verified) {
        return output.fail(verified.error());
    }
    if (verified->ok()) {
        output.line(
            AuditText::tr("Audit trail of %1 verified: %Ln entries, chain intact.", nullptr, int(verified->entries))
                .arg(path));
    } else {
        output.line(AuditText::tr("Audit trail of %1 broken: %2.").arg(path, verified->problem));
    }
    output.json(
        {{QStringLiteral("file"), db.value()->path()},
         {QStringLiteral("ok"), verified->ok()},
         {QStringLiteral("entries"), verified->entries},
         {QStringLiteral("firstBroken"), verified->firstBroken ? QJsonValue(*verified->firstBroken) : QJsonValue()},
         {QStringLiteral("problem"), verified->problem}});
    return verified->ok() ? Success : ProblemsFound;
}

} // namespace Palier::Cli
