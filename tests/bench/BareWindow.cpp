// The baseline of the start-up benchmark: a bare Qt Widgets window, built in the same tree, that exits at first paint.
#include <QApplication>
#include <QLabel>
#include <QTimer>

namespace {
class FirstPaintQuitter : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel window(QStringLiteral("Bare window"));
    window.resize(1280, 720);
    window.installEventFilter(new FirstPaintQuitter(&app));
    window.show();
    return app.exec();
}
