// The PCC office's map: every partner's cameras coloured by their worst open finding. The cameras inside the part of
// the map on screen are fetched from the portal as JSON (at most a set number at once); the lists after the map carry
// the same figures, so nothing is lost when tiles or the map fail to load. Runs after Leaflet and Leaflet.markercluster
// (both served by the portal, as classic scripts: the plugin extends the global L).
(function () {
  'use strict';
  const L = window.L;
  const COLOURS = { CRITICAL: '#d4351c', HIGH: '#f47738', MEDIUM: '#ffdd00', LOW: '#1d70b8', NONE: '#00703c' };
  const LABELS = { CRITICAL: 'critical', HIGH: 'high', MEDIUM: 'medium', LOW: 'low', NONE: 'no open finding' };
  // The worst are drawn on top: a marker's (and a cluster's) z-index grows with its severity.
  const RANK = { NONE: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };
  const LAYER = 100000;
  const UK = [54.0, -2.5];

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  }

  function severityOf(camera) {
    return Object.prototype.hasOwnProperty.call(RANK, camera.severity) ? camera.severity : 'NONE';
  }

  function popup(camera) {
    const box = document.createElement('div');
    const link = document.createElement('a');
    link.className = 'govuk-link';
    link.href = camera.url;
    link.textContent = camera.tag;
    const detail = document.createElement('p');
    detail.className = 'govuk-body-s govuk-!-margin-0';
    detail.textContent = camera.partner + ': ' + LABELS[severityOf(camera)];
    box.append(link, detail);
    return box;
  }

  // A cluster shows how many cameras it holds, in the colour of the worst of them, and stands above milder ones.
  function clusterIcon(cluster) {
    let worst = 'NONE';
    cluster.getAllChildMarkers().forEach((m) => {
      if (RANK[m.options.severity] > RANK[worst]) {
        worst = m.options.severity;
      }
    });
    cluster.options.zIndexOffset = RANK[worst] * LAYER;
    const count = cluster.getChildCount();
    return L.divIcon({
      html: '<span>' + count + '</span>',
      className: 'portal-map-cluster portal-map-cluster--' + worst.toLowerCase(),
      iconSize: L.point(36, 36)
    });
  }

  function marker(camera) {
    const severity = severityOf(camera);
    return L.marker([camera.lat, camera.lon], {
      icon: L.divIcon({ className: 'portal-map-marker portal-map-marker--' + severity.toLowerCase(), iconSize: L.point(14, 14) }),
      keyboard: false,
      zIndexOffset: RANK[severity] * LAYER,
      severity: severity
    }).bindPopup(() => popup(camera)).bindTooltip(camera.tag + ': ' + LABELS[severity]);
  }

  async function load(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error('status ' + response.status);
    }
    return response.json();
  }

  function draw(element) {
    // Cluster icons are markers too: out of the tab order like the cameras (the lists after the map serve the keyboard).
    L.MarkerCluster.mergeOptions({ keyboard: false });
    const status = document.querySelector('[data-testid="map-status"]');
    const view = L.map(element, { scrollWheelZoom: false });
    L.tileLayer(element.dataset.tileUrl, { maxZoom: 19, attribution: escapeHtml(element.dataset.attribution || '') })
      .addTo(view);
    const markers = L.markerClusterGroup({ iconCreateFunction: clusterIcon, maxClusterRadius: 40,
      disableClusteringAtZoom: 14, showCoverageOnHover: false, animate: false }).addTo(view);
    const show = (data) => {
      markers.clearLayers();
      markers.addLayers(data.cameras.map(marker));
      status.textContent = data.cameras.length >= data.limit
        ? 'Showing the first ' + data.limit + ' cameras here: zoom in to see them all.'
        : data.cameras.length + ' cameras shown.';
    };
    const failed = () => { status.textContent = 'The cameras could not be loaded onto the map.'; };
    let first = true;
    view.on('moveend', () => {
      if (first) {
        return;
      }
      const b = view.getBounds();
      load(element.dataset.source + '?south=' + b.getSouth() + '&west=' + b.getWest() + '&north=' + b.getNorth()
        + '&east=' + b.getEast()).then(show).catch(failed);
    });
    load(element.dataset.source).then((data) => {
      if (data.cameras.length > 0) {
        view.fitBounds(L.latLngBounds(data.cameras.map((c) => [c.lat, c.lon])), { padding: [24, 24], maxZoom: 15 });
      } else {
        view.setView(UK, 6);
      }
      show(data);
      first = false;
      element.dataset.ready = 'true';
    }).catch((e) => { view.setView(UK, 6); failed(e); element.dataset.ready = 'true'; });
  }

  const element = document.getElementById('compliance-map');
  if (element && L && L.markerClusterGroup) {
    draw(element);
  }
}());
