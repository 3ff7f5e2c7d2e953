#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dateline::test {

QString fixturePath(const QString &relative)
{
    return QDir(QStringLiteral(DATELINE_TEST_FIXTURES)).filePath(relative);
}

QString sharedPath(const QString &relative)
{
    // DATELINE_SHARED overrides the default location beside the checkout.
    const QByteArray env = qgetenv("DATELINE_SHARED");
    const QString base = env.isEmpty() ? QStringLiteral(DATELINE_SHARED_DIR) : QString::fromLocal8Bit(env);
    const QString path = QDir::cleanPath(QDir(base).filePath(relative));
    return QFileInfo::exists(path) ? path : QString();
}

QString resourcePath(const QString &relative)
{
    return QDir(QStringLiteral(DATELINE_RESOURCES_DIR)).filePath(relative);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace dateline::test
