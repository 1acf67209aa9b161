// The PCC office's map: every partner's cameras coloured by their worst open finding. The cameras inside the part of
// the map on screen are fetched from the portal as JSON (at most a set number at once); the partners' table on the
// page carries the same figures, so nothing is lost when tiles or the map fail to load.
import { map as leafletMap, tileLayer, circleMarker, latLngBounds, layerGroup } from '/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js';

const COLOURS = { CRITICAL: '#d4351c', HIGH: '#f47738', MEDIUM: '#ffdd00', LOW: '#1d70b8', NONE: '#00703c' };
const LABELS = { CRITICAL: 'critical', HIGH: 'high', MEDIUM: 'medium', LOW: 'low', NONE: 'no open finding' };
const UK = [54.0, -2.5];

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function popup(camera) {
  const box = document.createElement('div');
  const link = document.createElement('a');
  link.className = 'govuk-link';
  link.href = camera.url;
  link.textContent = camera.tag;
  const detail = document.createElement('p');
  detail.className = 'govuk-body-s govuk-!-margin-0';
  detail.textContent = camera.partner + ': ' + LABELS[camera.severity];
  box.append(link, detail);
  return box;
}

async function load(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) {
    throw new Error('status ' + response.status);
  }
  return response.json();
}

function draw(element) {
  const status = document.querySelector('[data-testid="map-status"]');
  const view = leafletMap(element, { scrollWheelZoom: false });
  tileLayer(element.dataset.tileUrl, { maxZoom: 19, attribution: escapeHtml(element.dataset.attribution || '') })
    .addTo(view);
  const markers = layerGroup().addTo(view);
  const show = (data) => {
    markers.clearLayers();
    data.cameras.forEach((camera) => {
      circleMarker([camera.lat, camera.lon], { radius: 6, color: '#0b0c0c', weight: 1,
        fillColor: COLOURS[camera.severity] || COLOURS.NONE, fillOpacity: 0.9 })
        .bindPopup(() => popup(camera))
        .bindTooltip(camera.tag)
        .addTo(markers);
    });
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
    show(data);
    if (data.cameras.length > 0) {
      view.fitBounds(latLngBounds(data.cameras.map((c) => [c.lat, c.lon])), { padding: [24, 24], maxZoom: 15 });
    } else {
      view.setView(UK, 6);
    }
    first = false;
    element.dataset.ready = 'true';
  }).catch((e) => { view.setView(UK, 6); failed(e); element.dataset.ready = 'true'; });
}

const element = document.getElementById('compliance-map');
if (element) {
  draw(element);
}
