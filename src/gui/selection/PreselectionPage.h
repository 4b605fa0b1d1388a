// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TablePage.h"
#include "selection/SelectionTypes.h"

#include <QFutureWatcher>

#include <atomic>

class QAction;
class QCheckBox;
class QLabel;
class QListWidget;

namespace Palier {

class PreselectionModel;

/// The preselection: rank-fill and the optimum side by side under the roadmap's envelope and quotas (the optimum
/// is solved off the GUI thread), the saved versions, saving a version and sealing it with the DGOS export after
/// the readiness check.
class PreselectionPage : public TablePage
{
    Q_OBJECT

public:
    explicit PreselectionPage(const QString& title, QWidget* parent = nullptr);
    ~PreselectionPage() override;

    PreselectionModel* preselection() const { return m_preselection; }
    /// True while the optimum is being solved.
    bool solving() const { return m_watcher.isRunning(); }
    /// Saves the rank-fill or the optimal result as a new version; its number, or 0 when nothing was saved.
    qint64 saveVersion(SelectionMethod method);
    /// Runs the readiness check on `version`, asks, then asks where to write and seals it. `path`, when given,
    /// skips the file dialog (tests).
    bool sealVersion(qint64 version, const QString& path = {});
    /// The version selected in the list of versions, or 0.
    qint64 currentVersion() const;
    /// Forces the files `ids` in (true) or out (false) for `reason` (required), or releases them (nullopt), then
    /// runs both methods again; false when nothing changed.
    bool forceFiles(const QList<qint64>& ids, std::optional<bool> in, const QString& reason = {});
    /// The parameters of a run as the versions list tells them (forced files with their reasons, coverage).
    static QString parametersText(const SelectionParameters& parameters);

Q_SIGNALS:
    /// The optimum arrived (or the solve failed).
    void optimumReady();

private:
    void startOptimum();
    void optimumFinished();
    void refresh();
    void updateSummary();
    void listVersions();
    void askAndForce(bool in);
    QWidget* createChoices();

    PreselectionModel* m_preselection;
    QLabel* m_summary;
    QListWidget* m_versions;
    QAction* m_saveRankAction;
    QAction* m_saveOptimalAction;
    QAction* m_sealAction;
    QAction* m_forceInAction;
    QAction* m_forceOutAction;
    QAction* m_releaseAction;
    QCheckBox* m_coverDepartments;
    QCheckBox* m_coverGhts;
    QFutureWatcher<SelectionResult> m_watcher;
    std::atomic_bool m_cancel = false;
};

} // namespace Palier
