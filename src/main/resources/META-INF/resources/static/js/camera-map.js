// The camera map: reads its markers from the page (no inline script under the content security policy) and draws
// them over the configured tiles. The cameras are also listed in the page, so nothing is lost when tiles fail to load.
import { map as leafletMap, tileLayer, circleMarker, latLngBounds } from '/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js';

const COLOURS = { LIVE: '#00703c', FAULTY: '#f47738', OFFLINE: '#d4351c', DECOMMISSIONED: '#505a5f' };
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

function draw(element) {
  const markers = JSON.parse(element.dataset.markers || '[]');
  const view = leafletMap(element, { scrollWheelZoom: false });
  tileLayer(element.dataset.tileUrl, { maxZoom: 19, attribution: escapeHtml(element.dataset.attribution || '') })
    .addTo(view);
  markers.forEach((marker) => {
    const colour = COLOURS[marker.status] || COLOURS.DECOMMISSIONED;
    circleMarker([marker.lat, marker.lon], { radius: 7, color: '#0b0c0c', weight: 1, fillColor: colour, fillOpacity: 0.9 })
      .bindPopup(() => popup(marker))
      .bindTooltip(marker.tag)
      .addTo(view);
  });
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
