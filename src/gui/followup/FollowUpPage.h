// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TablePage.h"
#include "followup/FollowUpTypes.h"
#include "followup/Projects.h"

#include <QDate>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace Palier {

class PaymentScheduleModel;
class ProjectListModel;
class UsageTargetModel;

/// Suivi: the funded projects with what was paid, is due and is planned, and beside the current one its payment
/// schedule, its usage indicators against their targets and its notes. The referent finishes or abandons a project,
/// records a payment, adds a note and refreshes which tranches are due; a read-only database only shows.
class FollowUpPage : public TablePage
{
    Q_OBJECT

public:
    explicit FollowUpPage(const QString& title, QWidget* parent = nullptr);

    ProjectListModel* projects() const { return m_projects; }
    PaymentScheduleModel* payments() const { return m_payments; }
    UsageTargetModel* targets() const { return m_targets; }
    /// The day "today" means for the payments (tests and the demo set it).
    void setToday(const QDate& today);

    void changeState();
    void markPaid();
    void cancelTranche();
    void addNote();
    void refreshDue();

    // What the dialogs lead to, on the rows as the page showed them: when someone else changed the row since, the
    // change is refused and the user told what they did (and, when the change still makes sense on the row as it is
    // now, asked whether to make it anyway: ConflictDialog); the page then shows the database as it is. Whether the
    // change was written.
    bool payTranche(const Payment& seen, const QDate& paidOn, const QString& reference);
    bool cancelTranche(const Payment& seen, const QString& reason);
    bool changeProject(const Project& seen, const ProjectStateChange& change);

private:
    QWidget* createDetail();
    void showProject(qint64 id);
    void updateActions();
    /// Reads the page again and keeps `id` current.
    void reloadKeeping(qint64 id);
    qint64 currentProject() const;
    bool writable() const;
    /// After a refused change ("db.conflict"): when `stillPossible`, asks (ConflictDialog) whether to keep the
    /// user's change (`yours`) over the row as it is now (`theirs`), and returns true if so; otherwise says what
    /// happened. Either way both are shown.
    bool settleConflict(const Error& error, const QString& title, const QString& table, qint64 id,
                        const QString& record, const QString& label, const QString& theirs, const QString& yours,
                        bool stillPossible);

    ProjectListModel* m_projects;
    PaymentScheduleModel* m_payments;
    UsageTargetModel* m_targets;
    QLabel* m_projectLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
    QTableView* m_paymentView = nullptr;
    QTableView* m_targetView = nullptr;
    QTextBrowser* m_notes = nullptr;
    QPushButton* m_stateButton = nullptr;
    QPushButton* m_noteButton = nullptr;
    QPushButton* m_payButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QDate m_today = QDate::currentDate();
};

} // namespace Palier
