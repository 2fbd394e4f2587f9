import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadConfig } from './config';
import { setIndexerEndpoint } from './indexer';
import './styles.css';

void loadConfig().then((config) => {
  setIndexerEndpoint(config.indexer);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App config={config} />
    </StrictMode>,
  );
});
