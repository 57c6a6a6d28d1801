export function App() {
  return (
    <main>
      <h1>Integration Studio</h1>
      <p>Design Amazon API Gateway → AWS Lambda integrations.</p>
    </main>
  );
}
