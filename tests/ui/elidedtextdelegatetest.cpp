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
