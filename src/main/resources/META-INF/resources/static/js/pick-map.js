// The booking form's picker map: selecting a marker ticks or unticks its camera in the picker, as its checkbox does.
// The markers stay out of the tab order; keyboard and screen-reader users use the picker's list, as on the camera map.
import { map as leafletMap, tileLayer, circleMarker, latLngBounds } from '/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js';

const TICKED = '#1d70b8';
const UNTICKED = '#ffffff';

// Leaflet writes the attribution as HTML: the configured text is shown as text.
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function checkbox(tag) {
  return Array.from(document.querySelectorAll('#camera-picker input[name=pick]')).find((box) => box.value === tag);
}

// A camera the search has not listed joins the picker's list, ticked.
function addRow(marker) {
  const list = document.getElementById('camera-picker');
  list.querySelectorAll(':scope > p').forEach((p) => p.remove());
  const id = 'pick-map-' + list.querySelectorAll('input[name=pick]').length;
  const item = document.createElement('div');
  item.className = 'govuk-checkboxes__item';
  const box = document.createElement('input');
  Object.assign(box, { className: 'govuk-checkboxes__input', id, name: 'pick', type: 'checkbox', value: marker.tag });
  const label = document.createElement('label');
  label.className = 'govuk-label govuk-checkboxes__label';
  label.htmlFor = id;
  const site = document.createElement('span');
  site.className = 'govuk-hint govuk-!-display-inline';
  site.textContent = marker.site;
  label.append(marker.tag + ' ', site);
  item.append(box, label);
  list.prepend(item);
  return box;
}

function restyle(layers) {
  layers.forEach((layer, tag) => {
    const box = checkbox(tag);
    layer.setStyle({ fillColor: box && box.checked ? TICKED : UNTICKED });
  });
}

function pick(marker, layers, status) {
  const box = checkbox(marker.tag) || addRow(marker);
  box.checked = !box.checked;
  box.dispatchEvent(new Event('change', { bubbles: true }));
  status.textContent = marker.tag + (box.checked ? ' added' : ' removed');
  restyle(layers);
}

// The markers are fetched once, when the map is first drawn, not with every re-render of the form.
async function fetchMarkers(element) {
  const response = await fetch(element.dataset.markersUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) {
    throw new Error('markers: ' + response.status);
  }
  return response.json();
}

function draw(element, status, markers) {
  const view = leafletMap(element, { scrollWheelZoom: false });
  tileLayer(element.dataset.tileUrl, { maxZoom: 19, attribution: escapeHtml(element.dataset.attribution || '') })
    .addTo(view);
  const layers = new Map();
  markers.forEach((marker) => {
    const layer = circleMarker([marker.lat, marker.lon],
      { radius: 7, color: '#0b0c0c', weight: 1, fillColor: UNTICKED, fillOpacity: 0.9 })
      .bindTooltip(marker.tag + ', ' + marker.site)
      .on('click', () => pick(marker, layers, status))
      .addTo(view);
    layers.set(marker.tag, layer);
  });
  if (markers.length > 0) {
    view.fitBounds(latLngBounds(markers.map((m) => [m.lat, m.lon])), { padding: [24, 24], maxZoom: 17 });
  } else {
    view.setView([54.0, -2.5], 6);
  }
  // The markers are drawn once the map has its view; each names its camera for the page's tests.
  layers.forEach((layer, tag) => { layer.getElement().dataset.assetTag = tag; });
  restyle(layers);
  element.closest('form').addEventListener('change', () => restyle(layers));
  document.body.addEventListener('htmx:afterSwap', () => restyle(layers));
  element.dataset.ready = 'true';
}

const element = document.getElementById('pick-map');
if (element) {
  const details = element.closest('details');
  const note = details.querySelector('[data-testid=pick-map-note]');
  note.textContent = 'Select a marker to tick or untick its camera above. The list above does the same by keyboard.';
  element.hidden = false;
  const status = details.querySelector('[role=status]');
  // A closed details has no size for Leaflet to fill: the map is drawn when it is first opened.
  details.addEventListener('toggle', () => {
    if (details.open && !element.dataset.drawing) {
      element.dataset.drawing = 'true';
      fetchMarkers(element).then((markers) => draw(element, status, markers)).catch(() => {
        delete element.dataset.drawing;
        status.textContent = 'The map could not load your cameras. Use the search above, or close and open the map again.';
      });
    }
  });
}
