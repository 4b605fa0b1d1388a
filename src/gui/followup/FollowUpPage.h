// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TablePage.h"

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
    void addNote();
    void refreshDue();

private:
    QWidget* createDetail();
    void showProject(qint64 id);
    void updateActions();
    /// Reads the page again and keeps `id` current.
    void reloadKeeping(qint64 id);
    qint64 currentProject() const;
    bool writable() const;

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
    QPushButton* m_refreshButton = nullptr;
    QDate m_today = QDate::currentDate();
};

} // namespace Palier
