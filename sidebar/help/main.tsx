// Entry of the ヘルプ sidebar.
import { mount } from '../shared/mount';
import { HelpApp } from './app';

mount(HelpApp);
