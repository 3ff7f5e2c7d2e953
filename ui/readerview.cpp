#include "readerview.h"

#include "readerpage.h"
#include "remoteblocker.h"
#include "render/articlehtml.h"

#include <QApplication>
#include <QPalette>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace dateline::ui {

ReaderView::ReaderView(QWidget *parent)
    : QWebEngineView(parent)
    , m_profile(new QWebEngineProfile(this)) // no storage name: off the record
    , m_css(ArticleHtml::defaultCss())
{
    m_profile->setUrlRequestInterceptor(new RemoteBlocker(m_profile));
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    auto *page = new ReaderPage(m_profile, this);
    QWebEngineSettings *s = page->settings();
    // Article content never runs scripts: the renderer emits none, and the
    // page's own CSP forbids them too. The reader's own scroll/flash code uses
    // runJavaScript in the application world, which this setting does not block.
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadImages, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    setPage(page);
    setAccessibleName(tr("Article reader"));
    setContextMenuPolicy(Qt::NoContextMenu);
}

void ReaderView::showArticle(const Article &article)
{
    ArticleHtml::Options options;
    options.css = m_css;
    options.darkTheme = QApplication::palette().color(QPalette::Window).lightness() < 128;
    setHtml(ArticleHtml::render(article, options), QUrl(QStringLiteral("about:blank")));
}

void ReaderView::clear()
{
    setHtml(QString(), QUrl(QStringLiteral("about:blank")));
}

} // namespace dateline::ui
