#include "readerview.h"

#include "readerpage.h"
#include "remoteblocker.h"
#include "render/articlehtml.h"

#include <QEvent>
#include <QJsonDocument>
#include <QJsonValue>
#include <QPalette>
#include <QSettings>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>

#include <array>

namespace dateline::ui {

namespace {

constexpr std::array kLayerClasses = {"hide-quotes", "hide-countries", "hide-ambassadors"};
constexpr std::array kLayerKeys = {"reader/showQuotes", "reader/showCountries", "reader/showAmbassadors"};
constexpr qreal kZoomStep = 1.15;
constexpr qreal kMinZoom = 0.3;
constexpr qreal kMaxZoom = 4.0;

int bit(ReaderView::Layer layer)
{
    return 1 << int(layer);
}

// A string as a JavaScript literal.
QString jsString(const QString &s)
{
    const QByteArray json = QJsonDocument::fromVariant(QVariantList {s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

} // namespace

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
    // The window adds Highlight and Add Note… as the context menu.
    setContextMenuPolicy(Qt::ActionsContextMenu);
    // Dropped files are imported by the main window, never opened as pages.
    setAcceptDrops(false);

    QSettings settings;
    for (std::size_t i = 0; i < kLayerKeys.size(); ++i) {
        if (!settings.value(QLatin1String(kLayerKeys[i]), true).toBool())
            m_hiddenLayers |= 1 << i;
    }
    m_fontSize = qBound(8, settings.value(QStringLiteral("reader/fontSize"), kDefaultFontSize).toInt(), 48);
    applyZoom(settings.value(QStringLiteral("reader/zoom"), 1.0).toReal());

    connect(this, &QWebEngineView::loadStarted, this, [this] { m_loading = true; });
    connect(this, &QWebEngineView::loadFinished, this, &ReaderView::onLoadFinished);
}

ReaderView::~ReaderView()
{
    // Deleting the page answers its pending scripts with empty results;
    // their callbacks must not touch a view that is going away.
    m_closing = true;
    delete page();
}

bool ReaderView::darkTheme() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

void ReaderView::showArticle(const Article &article)
{
    m_article = article;
    m_annotations.clear();
    m_hasArticle = true;
    m_pendingFlash.clear();
    m_restoreScroll = -1;
    if (canSwap())
        swapArticle(true);
    else
        render();
}

void ReaderView::setAnnotations(const QList<UserAnnotation> &annotations)
{
    if (!m_hasArticle || annotations == m_annotations)
        return;
    m_annotations = annotations;
    if (canSwap()) {
        // The same document keeps its scroll position.
        swapArticle(false);
        return;
    }
    if (m_loading) {
        // A second setHtml could race the page on its way (its finish might
        // still report ok); render again once that one is in.
        m_renderAgain = true;
        return;
    }
    // Loading from here on: a flash asked for now waits for the new page.
    m_loading = true;
    const quint64 serial = m_renderSerial;
    runScript(QStringLiteral("window.scrollY"), [this, serial](const QVariant &y) {
        if (serial != m_renderSerial)
            return; // something else rendered meanwhile, with these annotations
        m_restoreScroll = y.toInt();
        render();
    });
}

void ReaderView::selectedRange(const std::function<void(std::optional<TextRange>)> &callback)
{
    // Mirrors Article::plainText(): headline (when not empty), standfirst,
    // paragraphs, joined by two characters ("\n\n"); offsets are UTF-16
    // code units in JavaScript as in QString.
    static const QString script = QStringLiteral(
        "(function(){var s=window.getSelection();if(!s||!s.rangeCount||s.isCollapsed)return null;"
        "var r=s.getRangeAt(0),a=document.querySelector('article');if(!a)return null;var parts=[];"
        "var h=a.querySelector('h1');if(h&&h.textContent.length)parts.push(h);"
        "var f=a.querySelector('p.standfirst');if(f)parts.push(f);"
        "a.querySelectorAll('p[id^=\"p\"]').forEach(function(p){parts.push(p);});"
        "function at(el,node,o){var x=document.createRange();x.selectNodeContents(el);x.setEnd(node,o);"
        "return x.toString().length;}"
        "var off=0,start=-1,end=-1;for(var i=0;i<parts.length;i++){var el=parts[i],n=el.textContent.length;"
        "if(r.intersectsNode(el)){var b=el.contains(r.startContainer)?at(el,r.startContainer,r.startOffset):0;"
        "var e=el.contains(r.endContainer)?at(el,r.endContainer,r.endOffset):n;"
        "if(e>b){if(start<0)start=off+b;end=off+e;}}off+=n+2;}"
        "return start<0?null:[start,end];})()");
    runScript(script, [callback](const QVariant &v) {
        const QVariantList range = v.toList();
        if (range.size() != 2) {
            callback(std::nullopt);
            return;
        }
        callback(TextRange {range.at(0).toInt(), range.at(1).toInt()});
    });
}

void ReaderView::render()
{
    if (!m_hasArticle)
        return;
    ++m_renderSerial;
    m_renderAgain = false;
    ArticleHtml::Options options;
    // The text size is the user's; it goes after the stylesheet so it wins.
    options.css = m_css + QStringLiteral("\narticle { font-size: %1px; }\n").arg(m_fontSize);
    options.darkTheme = darkTheme();
    options.annotations = m_annotations;
    m_renderedDark = options.darkTheme;
    m_articlePage = false; // until this page is in
    page()->setBackgroundColor(options.darkTheme ? QColor(0x1c1c1e) : QColor(0xfbfaf7));
    m_loading = true;
    setHtml(ArticleHtml::render(m_article, options), QUrl(QStringLiteral("about:blank")));
}

bool ReaderView::canSwap() const
{
    return m_articlePage && !m_loading && !m_renderAgain && m_renderedDark == darkTheme();
}

void ReaderView::swapArticle(bool toTop)
{
    // The page's stylesheet, theme, zoom and layer classes stay; only what
    // is inside <article> changes. Reading offsetHeight lays the new text
    // out before the script returns, so articleShown follows the layout,
    // not just the assignment.
    const quint64 serial = ++m_renderSerial;
    const QString body = ArticleHtml::articleBody(m_article, ArticleHtml::BodyOptions {QString(), m_annotations});
    const QString script = QStringLiteral("(function(){var a=document.querySelector('article');if(!a)return false;"
                                          "document.documentElement.lang=%1;document.title=%2;a.innerHTML=%3;%4"
                                          "void document.body.offsetHeight;return true;})()")
                               .arg(jsString(m_article.language.isEmpty() ? QStringLiteral("en") : m_article.language),
                                    jsString(m_article.headline), jsString(body),
                                    toTop ? QStringLiteral("window.scrollTo(0,0);") : QString());
    runScript(script, [this, serial](const QVariant &swapped) {
        if (serial != m_renderSerial)
            return; // another article or render replaced this one
        if (!swapped.toBool()) {
            render(); // the page was not the reader's: load it whole
            return;
        }
        Q_EMIT articleShown();
    });
}

void ReaderView::clear()
{
    m_hasArticle = false;
    m_articlePage = false;
    m_article = {};
    m_annotations.clear();
    m_renderAgain = false;
    ++m_renderSerial;
    m_pendingFlash.clear();
    // Not an empty white page: a line that says what to do, in the theme.
    const bool dark = darkTheme();
    m_renderedDark = dark;
    page()->setBackgroundColor(dark ? QColor(0x1c1c1e) : QColor(0xfbfaf7));
    setHtml(QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta "
                           "http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                           "'unsafe-inline'\"><style>%1</style></head><body class=\"%2\"><article><p "
                           "class=\"meta\" style=\"border:0;text-align:center;margin-top:30vh\">%3</p></article>"
                           "</body></html>")
                .arg(m_css, dark ? QStringLiteral("dark") : QString(),
                     ArticleHtml::escape(tr("Choose an article in the list, or import files with File ▸ Open or by "
                                            "dropping them on the window."))),
            QUrl(QStringLiteral("about:blank")));
}

void ReaderView::onLoadFinished(bool ok)
{
    // A load replaced by the next one finishes with ok == false while the
    // next is still on its way.
    if (!ok)
        return;
    if (m_renderAgain && m_hasArticle) {
        render(); // annotations arrived while this page loaded
        return;
    }
    m_loading = false;
    if (!m_hasArticle)
        return;
    m_articlePage = true;
    // A new document may come with the default zoom.
    setZoomFactor(m_zoom);
    applyLayers();
    if (m_restoreScroll > 0)
        runScript(QStringLiteral("window.scrollTo(0,%1)").arg(std::exchange(m_restoreScroll, -1)));
    if (!m_pendingFlash.isEmpty())
        flashElement(std::exchange(m_pendingFlash, QString()));
    // Scripts in one world run in order, so this arrives after the layers.
    runScript(QStringLiteral("true"), [this](const QVariant &) { Q_EMIT articleShown(); });
}

void ReaderView::runScript(const QString &script, const std::function<void(const QVariant &)> &callback)
{
    if (callback) {
        page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [this, callback](const QVariant &result) {
            if (!m_closing)
                callback(result);
        });
    } else {
        page()->runJavaScript(script, QWebEngineScript::ApplicationWorld);
    }
}

void ReaderView::flashElement(const QString &elementId)
{
    if (m_loading) {
        m_pendingFlash = elementId;
        return;
    }
    // Removing the class and forcing a style flush restarts the animation
    // when the same mark is chosen twice.
    runScript(QStringLiteral("(function(){var e=document.getElementById(%1);if(!e)return false;"
                             "document.querySelectorAll('.flash').forEach(function(m){m.classList.remove('flash');});"
                             "void e.offsetWidth;e.classList.add('flash');"
                             "e.scrollIntoView({block:'center',inline:'nearest'});return true;})()")
                  .arg(jsString(elementId)));
}

void ReaderView::setLayerVisible(Layer layer, bool visible)
{
    if (visible)
        m_hiddenLayers &= ~bit(layer);
    else
        m_hiddenLayers |= bit(layer);
    QSettings().setValue(QLatin1String(kLayerKeys[std::size_t(layer)]), visible);
    if (!m_loading)
        applyLayers();
}

bool ReaderView::isLayerVisible(Layer layer) const
{
    return !(m_hiddenLayers & bit(layer));
}

void ReaderView::applyLayers()
{
    QString script = QStringLiteral("(function(){var c=document.body&&document.body.classList;if(!c)return;");
    for (std::size_t i = 0; i < kLayerClasses.size(); ++i) {
        script += QStringLiteral("c.toggle('%1',%2);")
                      .arg(QLatin1String(kLayerClasses[i]),
                           (m_hiddenLayers & (1 << i)) ? QStringLiteral("true") : QStringLiteral("false"));
    }
    script += QStringLiteral("})()");
    runScript(script);
}

void ReaderView::applyZoom(qreal factor)
{
    m_zoom = qBound(kMinZoom, factor, kMaxZoom);
    setZoomFactor(m_zoom);
    QSettings().setValue(QStringLiteral("reader/zoom"), m_zoom);
}

void ReaderView::zoomIn()
{
    applyZoom(m_zoom * kZoomStep);
}

void ReaderView::zoomOut()
{
    applyZoom(m_zoom / kZoomStep);
}

void ReaderView::resetZoom()
{
    applyZoom(1.0);
}

void ReaderView::setFontSize(int pixels)
{
    pixels = qBound(8, pixels, 48);
    if (pixels == m_fontSize)
        return;
    m_fontSize = pixels;
    QSettings().setValue(QStringLiteral("reader/fontSize"), pixels);
    render();
}

void ReaderView::scrollPage(int direction)
{
    runScript(QStringLiteral("window.scrollBy({top:%1*window.innerHeight*0.9})").arg(direction < 0 ? -1 : 1));
}

void ReaderView::changeEvent(QEvent *event)
{
    // The page follows the palette: render again when it turns dark or light.
    if (event->type() == QEvent::PaletteChange && darkTheme() != m_renderedDark) {
        if (m_hasArticle)
            render();
        else
            clear();
    }
    QWebEngineView::changeEvent(event);
}

} // namespace dateline::ui
