// SPDX-License-Identifier: GPL-3.0-or-later
#include "SvgIcon.h"

#include <QApplication>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

#include <memory>

namespace Palier {

namespace {

class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(const QString& path)
        : m_path(path)
    {}

    QIconEngine* clone() const override { return new SvgIconEngine(m_path); }
    QString key() const override { return QStringLiteral("PalierSvg"); }
    bool isNull() override { return !renderer().isValid(); }

    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        const QPixmap drawn = pixmap(size, mode, state);
        return drawn.isNull() ? QSize() : drawn.size();
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        QSize size = rect.size();
        if (painter->device()) {
            size *= painter->device()->devicePixelRatio();
        }
        painter->drawPixmap(rect, pixmap(size, mode, state));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State) override
    {
        const QString cacheKey =
            QStringLiteral("palier-svg:%1:%2x%3:%4").arg(m_path).arg(size.width()).arg(size.height()).arg(int(mode));
        QPixmap drawn;
        if (QPixmapCache::find(cacheKey, &drawn)) {
            return drawn;
        }
        QSvgRenderer& svg = renderer();
        if (!svg.isValid()) {
            return {};
        }
        QSize actual = svg.defaultSize();
        if (!actual.isNull()) {
            actual.scale(size, Qt::KeepAspectRatio);
        }
        if (actual.isEmpty()) {
            return {};
        }
        QImage image(actual, QImage::Format_ARGB32_Premultiplied);
        image.fill(0x00000000);
        QPainter painter(&image);
        svg.render(&painter);
        painter.end();
        drawn = QPixmap::fromImage(image);
        if (mode != QIcon::Normal && qobject_cast<QApplication*>(QCoreApplication::instance())) {
            // The style's disabled or selected look, as for any icon of the window.
            QStyleOption option;
            option.palette = QGuiApplication::palette();
            const QPixmap generated = QApplication::style()->generatedIconPixmap(mode, drawn, &option);
            if (!generated.isNull()) {
                drawn = generated;
            }
        }
        QPixmapCache::insert(cacheKey, drawn);
        return drawn;
    }

private:
    QSvgRenderer& renderer()
    {
        if (!m_renderer) {
            m_renderer = std::make_unique<QSvgRenderer>(m_path);
        }
        return *m_renderer;
    }

    QString m_path;
    std::unique_ptr<QSvgRenderer> m_renderer;
};

} // namespace

QIcon svgIcon(const QString& path)
{
    return QIcon(new SvgIconEngine(path));
}

} // namespace Palier
