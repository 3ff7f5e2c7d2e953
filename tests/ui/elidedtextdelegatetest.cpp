// The list's text delegate: lines elided to their width, laid out once, and
// painted in the selection's colours.
#include "elidedtextdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>

#include <gtest/gtest.h>

#include <cstdlib>

using namespace dateline;

TEST(ElidedTextDelegateTest, ElidesToTheWidthAndLaysOutOnce)
{
    ui::ElidedTextDelegate delegate;
    const QFont font = QApplication::font();
    const QString longText = QStringLiteral("Foreign ministers meet in Ankara to discuss the grain corridor again");
    const QStaticText &narrow = delegate.line(longText, 120, font);
    EXPECT_TRUE(narrow.text().endsWith(QChar(0x2026))) << narrow.text().toStdString();
    EXPECT_LE(QFontMetrics(font).horizontalAdvance(narrow.text()), 120);
    // The same text and width come from the cache, not laid out again.
    EXPECT_EQ(&delegate.line(longText, 120, font), &narrow);
    EXPECT_EQ(delegate.line(longText, 4000, font).text(), longText);
    EXPECT_EQ(delegate.line(QStringLiteral("two\nlines"), 4000, font).text(), QStringLiteral("two lines"));
    QFont bigger = font;
    bigger.setPointSize(font.pointSize() + 8);
    EXPECT_LT(delegate.line(longText, 120, bigger).text().size(), narrow.text().size());
}

TEST(ElidedTextDelegateTest, PaintsTheTextInTheSelectionsColour)
{
    QStandardItemModel model(1, 1);
    model.setItem(0, 0, new QStandardItem(QStringLiteral("WWWWWWWW")));
    QTableView view;
    view.setModel(&model);
    view.setItemDelegate(new ui::ElidedTextDelegate(&view));
    view.resize(300, 100);
    QPalette palette = view.palette();
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Highlight, Qt::blue);
    palette.setColor(QPalette::HighlightedText, Qt::yellow);
    view.setPalette(palette);

    // Pixels near a colour: antialiased glyphs have few exact ones.
    const auto countPixels = [&view](QColor colour) {
        const QImage image = view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                n += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
                        + std::abs(c.blue() - colour.blue())
                    < 120;
            }
        }
        return n;
    };
    EXPECT_GT(countPixels(Qt::black), 20); // the text, in black
    view.selectionModel()->select(model.index(0, 0), QItemSelectionModel::Select);
    EXPECT_GT(countPixels(Qt::yellow), 20); // now in the highlighted text colour
    model.setItem(0, 0, new QStandardItem(QString()));
    view.selectionModel()->clearSelection();
    EXPECT_EQ(countPixels(Qt::black), 0);
}

TEST(ElidedTextDelegateTest, DrawsMarkedMatchesBoldAndEscapesTheRest)
{
    ui::ElidedTextDelegate delegate;
    const QFont font = QApplication::font();
    const QChar open(ui::ElidedTextDelegate::kMatchOpen);
    const QChar close(ui::ElidedTextDelegate::kMatchClose);
    const QString marked = QStringLiteral("<b>tags</b> & ") + open + QStringLiteral("grain") + close
        + QStringLiteral(" deliveries matter");
    const QStaticText &wide = delegate.line(marked, 4000, font);
    EXPECT_EQ(wide.textFormat(), Qt::RichText);
    EXPECT_TRUE(wide.text().contains(QStringLiteral("<b>grain</b> deliveries"))) << wide.text().toStdString();
    // The article's own markup is text, never formatting.
    EXPECT_TRUE(wide.text().contains(QStringLiteral("&lt;b&gt;tags&lt;/b&gt; &amp; "))) << wide.text().toStdString();

    // Cut inside the match: the bold run is closed before the ellipsis.
    const QString longMatch = QStringLiteral("x ") + open + QString(200, QLatin1Char('w')) + close;
    const QStaticText &narrow = delegate.line(longMatch, 80, font);
    EXPECT_TRUE(narrow.text().contains(QStringLiteral("</b>") + QChar(0x2026))) << narrow.text().toStdString();
    EXPECT_LE(narrow.size().width(), 88);
    EXPECT_LT(narrow.size().height(), 2 * QFontMetrics(font).height()); // one line

    // Unmarked text stays plain text.
    EXPECT_EQ(delegate.line(QStringLiteral("<b>x</b>"), 4000, font).textFormat(), Qt::PlainText);
}
