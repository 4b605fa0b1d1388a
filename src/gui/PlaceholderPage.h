// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pages.h"

#include <QWidget>

#include <memory>

namespace Palier {

namespace Ui {
class PlaceholderPage;
}

/// Stands for a page that is not written yet: says plainly what it will do and that it comes later.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPage(Page page, QWidget* parent = nullptr);
    ~PlaceholderPage() override;

private:
    std::unique_ptr<Ui::PlaceholderPage> m_ui;
};

} // namespace Palier
