/** An unknown hash path: say so and link home. */
export function NotFoundPage({ path }: { readonly path: string }) {
  return (
    <section data-testid="not-found">
      <h1>Not found</h1>
      <p>
        There is no dashboard page at <code>{path}</code>. <a href="#/">Back to the models</a>.
      </p>
    </section>
  );
}
