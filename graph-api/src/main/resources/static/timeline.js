// PolicyKG explorer: the timeline of the entity at the graph's centre (Chart.js, from its WebJar), from
// GET /api/entities/{id}/timeline: per year, the sentences that state it (bars) and its documents (line); the years
// of the chosen period stand out; a click on a year shows that year's sentences. Undated documents have no year.
'use strict';

let timelineChart = null;

async function showTimeline(id, period, onYear) {
  const response = await fetch(`/api/entities/${encodeURIComponent(id)}/timeline?evidenceLimit=20`, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error((await response.json().catch(() => ({}))).detail || response.statusText);
  }
  const timeline = await response.json();
  const box = document.querySelector('#timeline');
  box.hidden = false;
  const first = timeline.first;
  document.querySelector('#timeline-first').textContent = first
    ? `首次出现 first stated ${first.date} · ${first.documentTitle}${timeline.undated ? ` · 另有无日期文献 ${timeline.undated.documents.length} 篇 undated` : ''}`
    : '无日期文献 · only in undated documents';
  const years = timeline.years;
  const inPeriod = (y) => (!period.from || y >= Number(period.from.slice(0, 4))) && (!period.to || y <= Number(period.to.slice(0, 4)));
  const data = {
    labels: years.map((y) => String(y.year)),
    datasets: [
      { type: 'bar', label: '句子 sentences', data: years.map((y) => y.sentences), yAxisID: 'y',
        backgroundColor: years.map((y) => (inPeriod(y.year) ? '#d64545' : '#e4e7eb')) },
      { type: 'line', label: '文献 documents', data: years.map((y) => y.documents.length), yAxisID: 'y', borderColor: '#2680c2',
        backgroundColor: '#2680c2', tension: 0.2 }
    ]
  };
  const options = {
    responsive: true, maintainAspectRatio: false, animation: false,
    scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
    plugins: { legend: { position: 'right', labels: { boxWidth: 12 } } },
    onClick: (event, elements) => {
      if (elements.length) {
        onYear(years[elements[0].index]);
      }
    }
  };
  if (timelineChart) {
    timelineChart.destroy();
  }
  timelineChart = new Chart(document.querySelector('#timeline-chart'), { data, options });
  box.dataset.entity = id;
  box.dataset.years = years.map((y) => y.year).join(',');
  return timeline;
}
