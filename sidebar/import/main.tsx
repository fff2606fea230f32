// Entry of the 取り込み sidebar.
import { mount } from '../shared/mount';
import { ImportApp } from './app';

mount(ImportApp);
