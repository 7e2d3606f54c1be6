// The sandbox checkout remembers what a real hosted checkout might: the checkout in a cookie, the last checkout and
// who it was for in localStorage, the step in sessionStorage, and a visit record in IndexedDB. A kiosk must make sure
// the next member's checkout sees none of it.
(function () {
  var match = location.pathname.match(/\/checkout\/([A-Za-z0-9]+)/);
  var id = match ? match[1] : '';
  var nameEl = document.getElementById('member-name');
  var emailEl = document.getElementById('member-email');
  var who = [nameEl ? nameEl.textContent : '', emailEl ? emailEl.textContent : ''].join(' ').trim();
  try {
    document.cookie = 'checkout_seen=' + encodeURIComponent(id) + '; path=/; SameSite=Lax';
    localStorage.setItem('checkout.last', id);
    if (who) localStorage.setItem('checkout.customer', who);
    sessionStorage.setItem('checkout.step', location.pathname);
  } catch (e) {}
  try {
    var open = indexedDB.open('checkout', 1);
    open.onupgradeneeded = function () { open.result.createObjectStore('visits', { keyPath: 'id' }); };
    open.onsuccess = function () {
      var tx = open.result.transaction('visits', 'readwrite');
      tx.objectStore('visits').put({ id: id, who: who, at: Date.now() });
      tx.oncomplete = function () { document.documentElement.setAttribute('data-stored', 'yes'); };
    };
  } catch (e) {}
})();
