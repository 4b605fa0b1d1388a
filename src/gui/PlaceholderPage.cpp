// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceholderPage.h"
#include "ui_PlaceholderPage.h"

#include "SvgIcon.h"

#include <QIcon>

namespace Palier {

namespace {
constexpr int IconSize = 96;
}

PlaceholderPage::PlaceholderPage(Page page, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlaceholderPage>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(svgIcon(Pages::iconPath(page)).pixmap(IconSize, IconSize, QIcon::Disabled));
    m_ui->titleLabel->setText(Pages::title(page));
    m_ui->titleLabel->setFont(Pages::titleFont(m_ui->titleLabel->font()));
    m_ui->descriptionLabel->setText(Pages::plannedFeature(page));
}

PlaceholderPage::~PlaceholderPage() = default;

} // namespace Palier
