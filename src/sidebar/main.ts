import { startSidebar } from './app';
import { findView } from './view';

startSidebar(findView(document));
