// Entry of the 報告回 sidebar.
import { mount } from '../shared/mount';
import { RoundsApp } from './app';

mount(RoundsApp);
