# RPM %post: the unprivileged user the kiosk session runs as (Fedora and openSUSE have useradd, not adduser).
if ! getent passwd activedesk-kiosk >/dev/null; then
  useradd --system --user-group --home-dir /var/lib/activedesk-kiosk --create-home --shell /sbin/nologin \
    --comment "ActiveDesk kiosk" activedesk-kiosk || :
fi
for g in video render input; do
  getent group "$g" >/dev/null && usermod -a -G "$g" activedesk-kiosk || :
done
install -d -m 755 /etc/activedesk
systemctl daemon-reload >/dev/null 2>&1 || :
