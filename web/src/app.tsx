import { lazy, Suspense, useState } from 'react';
import { TokenBox } from './components/token-box';
import { AlertsPage } from './pages/alerts-page';
import { ModelsPage } from './pages/models-page';
import { NotFoundPage } from './pages/not-found-page';
import { RunDetailPage } from './pages/run-detail-page';
import { RunsPage } from './pages/runs-page';
import { parseRoute, type Route } from './router/parse-route';
import { routeHref } from './router/route-href';
import { useHashLocation } from './router/use-hash-location';

// The pages with charts load recharts on first use, so the models list opens without it.
const ModelDetailPage = lazy(() =>
  import('./pages/model-detail-page').then((m) => ({ default: m.ModelDetailPage })),
);
const DriftPage = lazy(() => import('./pages/drift-page').then((m) => ({ default: m.DriftPage })));
const PerformancePage = lazy(() =>
  import('./pages/performance-page').then((m) => ({ default: m.PerformancePage })),
);

/**
 * The dashboard shell: header with navigation and the token box, and the page the hash names.
 * The navigation remembers the last model looked at, so Drift and Performance open on it.
 */
export function App() {
  const route = parseRoute(useHashLocation());
  const model = routeModel(route);
  const [lastModel, setLastModel] = useState<string | null>(model);
  if (model !== null && model !== lastModel) setLastModel(model);
  const focus = model ?? lastModel;

  const links: { page: Route['page'][]; href: string; label: string }[] = [
    { page: ['models', 'model'], href: routeHref(['models']), label: 'Models' },
    { page: ['drift'], href: routeHref(focus === null ? ['drift'] : ['drift', focus]), label: 'Drift' },
    {
      page: ['performance'],
      href: routeHref(focus === null ? ['performance'] : ['performance', focus]),
      label: 'Performance',
    },
    { page: ['runs', 'run'], href: routeHref(['runs']), label: 'Runs & jobs' },
    { page: ['alerts'], href: routeHref(['alerts']), label: 'Alerts' },
  ];

  return (
    <>
      <header className="top">
        <a className="brand" href="#/">
          Sextant
        </a>
        <nav className="main-nav" aria-label="pages">
          {links.map((link) => (
            <a
              key={link.label}
              href={link.href}
              aria-current={link.page.includes(route.page) ? 'page' : undefined}
              data-testid={`nav-${link.page[0]}`}
            >
              {link.label}
            </a>
          ))}
        </nav>
        <TokenBox />
      </header>
      <main>
        <Suspense
          fallback={
            <p className="muted" data-testid="loading">
              Loading…
            </p>
          }
        >
          <Page route={route} />
        </Suspense>
      </main>
    </>
  );
}

function Page({ route }: { readonly route: Route }) {
  switch (route.page) {
    case 'models':
      return <ModelsPage />;
    case 'model':
      return <ModelDetailPage key={route.name} name={route.name} />;
    case 'drift':
      return <DriftPage key={route.name ?? ''} name={route.name} reportId={route.reportId} />;
    case 'performance':
      return <PerformancePage key={route.name ?? ''} name={route.name} />;
    case 'runs':
      return <RunsPage model={route.model} />;
    case 'run':
      return <RunDetailPage key={route.id} id={route.id} />;
    case 'alerts':
      return <AlertsPage model={route.model} />;
    case 'not-found':
      return <NotFoundPage path={route.path} />;
  }
}

function routeModel(route: Route): string | null {
  switch (route.page) {
    case 'model':
      return route.name;
    case 'drift':
    case 'performance':
      return route.name;
    case 'runs':
    case 'alerts':
      return route.model;
    default:
      return null;
  }
}
