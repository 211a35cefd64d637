import { Route, Routes } from 'react-router';
import { NotFound } from '../ui/NotFound';
import { FEATURES } from './features';
import { Layout } from './Layout';
import { paths, routePath } from './paths';

// Each manifest lists its own routes, more specific ones before `:id`.
const ROUTES = FEATURES.flatMap((feature) => feature.routes ?? []);

/** The areas of an open register. Hash routes, so they work under app:// and http://. */
export function RegisterRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        {ROUTES.map(({ path, element }) =>
          path === paths.dashboard ? (
            <Route key={path} index element={element} />
          ) : (
            <Route key={path} path={routePath(path)} element={element} />
          ),
        )}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
