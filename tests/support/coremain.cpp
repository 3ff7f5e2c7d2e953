// GoogleTest main for core suites: a QCoreApplication so that Qt's event
// loop, resources and thread machinery behave as in the applications.
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
