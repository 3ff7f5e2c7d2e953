#pragma once

#include "model/article.h"

#include <QWebEngineView>

class QWebEngineProfile;

namespace dateline::ui {

// Shows one article as core renders it, in a private off-the-record profile
// with JavaScript for pages disabled and remote loads refused.
class ReaderView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderView)
public:
    explicit ReaderView(QWidget *parent = nullptr);

    void showArticle(const Article &article);
    void clear();

private:
    QWebEngineProfile *m_profile = nullptr;
    QString m_css;
};

} // namespace dateline::ui
