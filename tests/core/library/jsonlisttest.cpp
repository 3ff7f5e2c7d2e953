// The authors and categories columns: the JSON QJsonDocument writes.
#include "library/jsonlist.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace dateline;

namespace {

QString viaDocument(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

} // namespace

TEST(JsonList, WritesWhatQJsonDocumentWrites)
{
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    const QList<QStringList> cases = {{},
                                      {QString()},
                                      {QStringLiteral("Sofia Lopez")},
                                      {QStringLiteral("Erdoğan"), QStringLiteral("“quoted”"), QStringLiteral("😀")},
                                      {QStringLiteral("say \"no\""), QStringLiteral("back\\slash/forward")},
                                      {controls, QStringLiteral("tab\there\r\n"), QString(QChar(0x7f))}};
    for (const QStringList &values : cases)
        EXPECT_EQ(JsonList::encode(values), viaDocument(values)) << viaDocument(values).toStdString();
}

TEST(JsonList, ReadsBackAsTheList)
{
    const QStringList values = {QStringLiteral("A \"B\" \\ C"), QStringLiteral("line\nbreak"), QStringLiteral("Ağa")};
    const QJsonDocument doc = QJsonDocument::fromJson(JsonList::encode(values).toUtf8());
    ASSERT_TRUE(doc.isArray());
    EXPECT_EQ(doc.array().toVariantList().size(), values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        EXPECT_EQ(doc.array().at(i).toString(), values.at(i));
}
