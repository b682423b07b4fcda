export function App() {
  return <h1>Power Groups</h1>;
}
