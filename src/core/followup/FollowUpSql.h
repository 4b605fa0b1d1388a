// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the follow-up: the queries that read projects and payments with what names them, shared by the
// projects, payments and reconciliation code.

#include "Result.h"
#include "followup/FollowUpTypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace Palier {

class Database;

namespace FollowUpSql {

/// Projects with their payments' totals; `where` (may be empty) filters on p.* / c.* / e.* / d.*, its `?` bound from
/// `values`.
Result<QList<Project>> projects(const Database& db, const QString& where, const QVariantList& values);
/// Payments with their project's names; `where` as above on y.* (payment) / p.* / e.* / d.*.
Result<QList<Payment>> payments(const Database& db, const QString& where, const QVariantList& values);

/// NULL for an invalid date, else ISO text.
QVariant dateValue(const QDate& date);
/// The UTC ISO text of `when` (now when invalid).
QString timeText(const QDateTime& when);
/// The amount as users read it: "250 000,00 €" in the current locale.
QString money(qint64 cents);

/// The error of an unknown project.
Error unknownProject(qint64 projectId);
/// The error of an unknown payment.
Error unknownPayment(qint64 paymentId);

} // namespace FollowUpSql

} // namespace Palier
