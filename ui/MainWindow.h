#pragma once

#include <QMainWindow>
#include <QUrl>

class QLabel;

struct SandboxSummary
{
    QUrl baseUrl;
    QString dataDir;
    int sessions = 0;
    int venues = 0;
    int facilities = 0;
};

// The application window. Until the desk screens land it shows where the app is connected and the sandbox badge.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const SandboxSummary &sandbox, QWidget *parent = nullptr);

private:
    QLabel *m_badge = nullptr;
};
