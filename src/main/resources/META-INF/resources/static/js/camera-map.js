// The camera map: reads its markers from the page (no inline script under the content security policy) and draws
// them over the configured tiles. The cameras are also listed in the page, so nothing is lost when tiles fail to load.
// A large estate is not sent whole: on each move the map asks the portal for the part in sight (its edges and zoom)
// and draws what comes back, cameras counted per square of a grid, or one by one when few enough.
import { map as leafletMap, tileLayer, circleMarker, marker as leafletMarker, divIcon, point, layerGroup, latLngBounds }
  from '/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js';

const COLOURS = { LIVE: '#00703c', FAULTY: '#f47738', OFFLINE: '#d4351c', DECOMMISSIONED: '#505a5f' };
const LABELS = { LIVE: 'live', FAULTY: 'faulty', OFFLINE: 'offline', DECOMMISSIONED: 'decommissioned' };
// The worst are drawn on top: the portal sends them last, and a square's z-index grows with its worst status.
const RANK = { DECOMMISSIONED: 0, LIVE: 1, FAULTY: 2, OFFLINE: 3 };
const UK = [54.0, -2.5];

// Leaflet writes the attribution as HTML: the configured text is shown as text.
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function popup(marker) {
  const box = document.createElement('div');
  const link = document.createElement('a');
  link.className = 'govuk-link';
  link.href = marker.url;
  link.textContent = marker.tag;
  const detail = document.createElement('p');
  detail.className = 'govuk-body-s govuk-!-margin-0';
  detail.textContent = marker.site + ': ' + marker.statusLabel;
  box.append(link, detail);
  return box;
}

function camera(marker) {
  const colour = COLOURS[marker.status] || COLOURS.DECOMMISSIONED;
  return circleMarker([marker.lat, marker.lon], { radius: 7, color: '#0b0c0c', weight: 1, fillColor: colour, fillOpacity: 0.9 })
    .bindPopup(() => popup(marker))
    .bindTooltip(marker.tag);
}

function square(cluster) {
  const worst = Object.prototype.hasOwnProperty.call(RANK, cluster.worst) ? cluster.worst : 'DECOMMISSIONED';
  const html = document.createElement('span');
  html.textContent = String(cluster.count);
  return leafletMarker([cluster.lat, cluster.lon], {
    icon: divIcon({ html, className: 'portal-map-cluster portal-map-cluster--' + worst.toLowerCase(), iconSize: point(36, 36) }),
    keyboard: false,
    zIndexOffset: RANK[worst] * 100000
  }).bindTooltip(cluster.count + ' cameras, the worst ' + LABELS[worst] + ': zoom in to see them');
}

// Asks the portal for the part in sight on each move; an answer that arrives after a newer move is dropped.
function follow(view, element) {
  const layer = layerGroup().addTo(view);
  const status = document.querySelector('[data-testid="map-status"]');
  let asked = 0;
  const load = () => {
    const b = view.getBounds();
    const clamp = (v, limit) => Math.max(-limit, Math.min(limit, v));
    const query = new URLSearchParams({ south: clamp(b.getSouth(), 90), west: clamp(b.getWest(), 180),
      north: clamp(b.getNorth(), 90), east: clamp(b.getEast(), 180), zoom: Math.round(view.getZoom()) });
    const ticket = ++asked;
    fetch(element.dataset.source + '?' + query, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then((response) => { if (!response.ok) { throw new Error('status ' + response.status); } return response.json(); })
      .then((data) => {
        if (ticket !== asked) {
          return;
        }
        layer.clearLayers();
        data.clusters.forEach((c) => layer.addLayer(square(c)));
        data.cameras.forEach((m) => layer.addLayer(camera(m)));
        status.textContent = data.total + ' cameras in this part of the map'
          + (data.clusters.length > 0 ? ', counted in ' + data.clusters.length + ' areas: zoom in to see each camera.' : '.');
        element.dataset.ready = 'true';
      })
      .catch(() => { status.textContent = 'The cameras could not be loaded onto the map.'; element.dataset.ready = 'true'; });
  };
  view.on('moveend', load);
  const [south, west, north, east] = element.dataset.bounds.split(',').map(Number);
  view.fitBounds(latLngBounds([south, west], [north, east]), { padding: [24, 24], maxZoom: 17 });
}

function draw(element) {
  const view = leafletMap(element, { scrollWheelZoom: false });
  tileLayer(element.dataset.tileUrl, { maxZoom: 19, attribution: escapeHtml(element.dataset.attribution || '') })
    .addTo(view);
  if (element.dataset.source) {
    follow(view, element);
    return;
  }
  const markers = JSON.parse(element.dataset.markers || '[]');
  markers.forEach((marker) => camera(marker).addTo(view));
  if (markers.length > 0) {
    view.fitBounds(latLngBounds(markers.map((m) => [m.lat, m.lon])), { padding: [24, 24], maxZoom: 17 });
  } else {
    view.setView(UK, 6);
  }
  element.dataset.ready = 'true';
}

const element = document.getElementById('camera-map');
if (element) {
  draw(element);
}
